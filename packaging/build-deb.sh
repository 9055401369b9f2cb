#!/usr/bin/env bash
# Builds the Debian package with cargo-deb (config: [package.metadata.deb] in Cargo.toml).
#   packaging/build-deb.sh          release build -> target/debian/outpost_<version>-1_<arch>.deb
#   packaging/build-deb.sh --debug  packages the debug binary target/debug/outpost as it is (the one
#                                   `cargo build` or `cargo test` made; built only if missing)
#                                   -> target/debian-debug/
# Any other arguments (e.g. -o DIR) are passed to `cargo deb`. The last line printed is the path of
# the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."

# cargo-deb 3.8.0 builds with Rust 1.95; any installed version is used as is.
CARGO_DEB_VERSION=3.8.0

debug=false
output=false
args=()
for arg in "$@"; do
    case $arg in
        --debug) debug=true ;;
        -o | --output | --output=*) output=true; args+=("$arg") ;;
        -h | --help) sed -n '2,8s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) args+=("$arg") ;;
    esac
done

if ! cargo deb --version >/dev/null 2>&1; then
    echo "==> installing cargo-deb $CARGO_DEB_VERSION" >&2
    cargo install cargo-deb --locked --version "$CARGO_DEB_VERSION" >&2
fi

if $debug; then
    # No cargo build here: `cargo test` builds the binary with the dev-dependencies' features,
    # `cargo build` without them, so each would rebuild it after the other.
    [[ -x target/debug/outpost ]] || cargo build --locked --bin outpost >&2
    # `--profile dev` takes the binary from target/debug/ (cargo-deb rewrites the
    # target/release/ asset path). cargo-deb warns that dev profiles are for testing only;
    # that is what this is for. --fast: lighter compression.
    args=(--profile dev --no-build --fast "${args[@]}")
    if ! $output; then
        args+=(-o target/debian-debug/)
        mkdir -p target/debian-debug
    fi
fi

# cargo deb prints the .deb path on stdout; warnings and progress go to stderr.
deb=$(cargo deb --locked "${args[@]}" | tail -n 1)
if [[ ! -f $deb ]]; then
    echo "cargo deb did not report a .deb (got: $deb)" >&2
    exit 1
fi
echo "$deb"

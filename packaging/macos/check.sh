#!/usr/bin/env bash
# Compile check for macOS, on Debian: `cargo check` of the library, the binary and the tests for
# x86_64-apple-darwin. Nothing is linked: that needs Apple's SDK, so Outpost.app is built on a Mac
# (packaging/macos/README). What this catches is code that does not compile for macOS (a cfg path,
# an API that only exists elsewhere), as early as the Linux build does.
#   packaging/macos/check.sh               (as root it installs what it needs)
#   packaging/macos/check.sh --no-install  never calls apt-get
#
# Toolchain: Debian's second Rust toolchain (rustc-web, cargo-web, rust-web-src), with the standard
# library checked from source for the target (-Zbuild-std; RUSTC_BOOTSTRAP=1 allows the flag on a
# release compiler), as packaging/windows/build.sh does. The only C is ring's: Debian's clang
# compiles it for the target in freestanding mode (no system headers are needed: ring brings its
# own, given RING_CORE_NOSTDLIBINC), with a stand-in <TargetConditionals.h> that says "macOS";
# gcc cannot (it does not know `-arch`).
set -euo pipefail
cd "$(dirname "$0")/../.."

install=true
for arg in "$@"; do
  case "$arg" in
    --no-install) install=false ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "check.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

triple=x86_64-apple-darwin
packages=(rustc-web cargo-web rust-web-src clang)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if ((${#missing[@]})); then
  if ! $install || [ "$(id -u)" != 0 ]; then
    echo "check.sh: missing Debian packages: ${missing[*]}; run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "check.sh: installing ${missing[*]}" >&2
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi

export RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc CARGO=/usr/bin/cargo
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target/macos}
unset RUSTFLAGS
stubs=$CARGO_TARGET_DIR/macos-stubs
mkdir -p "$stubs"
cat >"$stubs/TargetConditionals.h" <<'H'
/* A stand-in for Apple's header, for compiling ring's C for macOS on Linux (check only). */
#define TARGET_OS_MAC 1
#define TARGET_OS_OSX 1
#define TARGET_OS_IPHONE 0
#define TARGET_OS_IOS 0
#define TARGET_OS_TV 0
#define TARGET_OS_WATCH 0
#define TARGET_OS_SIMULATOR 0
H
clang=$(command -v clang || ls /usr/bin/clang-[0-9]* | sort -V | tail -n1)
export CC_x86_64_apple_darwin=$clang
export CFLAGS_x86_64_apple_darwin="-ffreestanding -nostdlibinc -DRING_CORE_NOSTDLIBINC=1 -I$(realpath "$stubs")"

start=$(date +%s)
/usr/bin/cargo check --locked --target "$triple" -Zbuild-std --all-targets
echo "check.sh: cargo check for $triple took $(($(date +%s) - start)) s" >&2

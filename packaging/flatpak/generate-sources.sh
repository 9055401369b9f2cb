#!/usr/bin/env bash
# Regenerates packaging/flatpak/cargo-sources.json (the crates Cargo.lock names, for the offline
# Flatpak build) with flatpak-cargo-generator from flatpak-builder-tools. Run it after every
# Cargo.lock change and commit the result. Needs python3 with venv, git and network access.
#   packaging/flatpak/generate-sources.sh
# FLATPAK_BUILDER_TOOLS=<dir> uses an existing checkout of flatpak-builder-tools instead of
# cloning https://github.com/flatpak/flatpak-builder-tools into target/.
#   packaging/flatpak/generate-sources.sh --from-lock
# writes the same list from Cargo.lock alone (crates.io packages only; no network needed).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [[ ${1:-} == --from-lock ]]; then
    root=$(cd "$here/../.." && pwd)
    python3 "$here/sources-from-lock.py" "$root/Cargo.lock" >"$here/cargo-sources.json.new"
    mv "$here/cargo-sources.json.new" "$here/cargo-sources.json"
    exit 0
fi
root=$(cd "$here/../.." && pwd)
tools=${FLATPAK_BUILDER_TOOLS:-$root/target/flatpak-builder-tools}
venv=$root/target/flatpak-cargo-generator-venv

if [[ ! -d $tools/cargo ]]; then
    echo "==> cloning flatpak-builder-tools into $tools" >&2
    git clone --quiet --depth 1 https://github.com/flatpak/flatpak-builder-tools.git "$tools"
fi
if [[ ! -x $venv/bin/python ]]; then
    echo "==> creating $venv" >&2
    python3 -m venv "$venv"
    # The generator's dependencies (cargo/pyproject.toml).
    "$venv/bin/pip" install -q --disable-pip-version-check aiohttp tomlkit PyYAML
fi

if [[ -f $tools/cargo/flatpak-cargo-generator.py ]]; then
    generator=("$venv/bin/python" "$tools/cargo/flatpak-cargo-generator.py")
else # newer layout: an installable package
    "$venv/bin/pip" install -q --disable-pip-version-check "$tools/cargo"
    generator=("$venv/bin/flatpak-cargo-generator")
fi
"${generator[@]}" "$root/Cargo.lock" -o "$here/cargo-sources.json"
echo "wrote $here/cargo-sources.json" >&2

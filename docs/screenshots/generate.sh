#!/usr/bin/env bash
# Regenerates the screenshot gallery from the real binary under Xvfb (tests/it/gallery.rs), light
# and dark, driven by the keyboard. Loopback only.
#   docs/screenshots/generate.sh            writes docs/screenshots/{light,dark}/*.png
#   docs/screenshots/generate.sh DIR        writes DIR/{light,dark}/*.png (CI: target/gallery)
# Needs Xvfb, xdotool and ImageMagick (tests/run.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
mkdir -p "$out"
OUTPOST_GALLERY_DIR=$(cd "$out" && pwd)
export OUTPOST_GALLERY_DIR
# The gallery is ignored in a plain `cargo test`; the filter leaves out any other ignored test.
cargo test --locked --test it gallery:: -- --ignored --test-threads 2
ls "$OUTPOST_GALLERY_DIR"/light "$OUTPOST_GALLERY_DIR"/dark

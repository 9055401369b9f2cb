#!/usr/bin/env bash
# Regenerates the screenshot gallery from the real binary under Xvfb (tests/gallery.rs), light and
# dark, driven by the keyboard. Loopback only.
#   docs/screenshots/generate.sh            writes docs/screenshots/{light,dark}/*.png
#   docs/screenshots/generate.sh DIR        writes DIR/{light,dark}/*.png (CI: target/gallery)
# Needs Xvfb, xdotool and ImageMagick (tests/run.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/screenshots}
mkdir -p "$out"
OUTPOST_GALLERY_DIR=$(cd "$out" && pwd)
export OUTPOST_GALLERY_DIR
cargo test --locked --test gallery -- --ignored --test-threads 2
ls "$OUTPOST_GALLERY_DIR"/light "$OUTPOST_GALLERY_DIR"/dark

#!/usr/bin/env bash
# Runs every fuzz target for a few seconds: enough to catch a target that no longer builds or that
# crashes at once. Not part of CI's default run; see README.md for longer runs.
# Usage: fuzz/smoke.sh [SECONDS]   (default 10)
set -euo pipefail
cd "$(dirname "$0")"

seconds="${1:-10}"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo fuzz is not installed (cargo install cargo-fuzz); skipping the fuzz smoke run" >&2
    exit 0
fi

# cargo fuzz needs nightly-only compiler flags; on a stable toolchain this lets them through.
if ! rustc --version | grep -q nightly; then
    export RUSTC_BOOTSTRAP=1
fi

targets=$(cargo fuzz list)
for target in $targets; do
    echo "== $target (${seconds}s)"
    mkdir -p "corpus/$target"
    cargo fuzz run "$target" "corpus/$target" "seeds/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1
done
echo "all fuzz targets ran for ${seconds}s without a finding"

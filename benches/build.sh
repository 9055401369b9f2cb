# Sourced by benches/run.sh and benches/rtt.sh: builds Outpost and the bulk bench, and sets
# $outpost, $bulk and $build. `bench_build 1` builds debug (the quick mode), `bench_build 0` release.
bench_artifact() { # cargo args... -> path of the bulk bench executable
    cargo "$@" --message-format=json 2>/dev/null | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    if d.get("reason") == "compiler-artifact" and d["target"]["name"] == "bulk" and d.get("executable"):
        print(d["executable"])'
}

bench_build() {
    if (($1)); then
        printf '==> building (debug)\n' >&2
        cargo build --locked --bin outpost
        cargo test --locked --bench bulk --no-run
        outpost=$root/target/debug/outpost
        bulk=$(bench_artifact test --locked --bench bulk --no-run)
        build="debug"
    else
        printf '==> building (release)\n' >&2
        cargo build --locked --release --bin outpost
        cargo bench --locked --bench bulk --no-run
        outpost=$root/target/release/outpost
        bulk=$(bench_artifact bench --locked --bench bulk --no-run)
        build="release"
    fi
}

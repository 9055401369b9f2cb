#!/usr/bin/env bash
# Mail merge (issue 23): Outpost side by side with PyPI's mailmerge over the same list and template,
# in one run, and the cost of queueing a large merge. Part of benches/run.sh; runs on its own too:
#
#   benches/merge.sh           release build; 10,000 rows, 5 runs each; growth at 1,000 and 50,000
#                              rows (3 runs each); queueing 10,000 messages
#   benches/merge.sh --quick   debug build; 1,000 rows, 1 run each; growth at 200; queueing 200
#   benches/merge.sh --outpost PATH --bulk PATH   measure these binaries (no build)
#
# Nothing is sent: both dry runs connect nowhere, and the queued merge starts tomorrow, on an account
# whose server is a closed port on 127.0.0.1.
#
#   dry run   `outpost merge --dry-run --json` (read the CSV, find the address column, render and
#             check every row, pace them, print the plan) and `mailmerge --dry-run --no-limit
#             --output-format raw` (render every row with Jinja2, build each MIME message, print
#             it), each writing to a file; wall time and peak RSS from /usr/bin/time -v, median of
#             the runs, the two tools taking turns.
#   queue     `outpost merge --no-wait --json --start <tomorrow>`: every row built and written to the
#             outbox (bytes and metadata, each fsynced); wall time and the outbox's size on disk.
#             Then `outpost outbox list --json` with them, and the window opening the outbox view
#             on them (benches/bulk.rs `view`: the app's start, the background read, applying it,
#             opening the view, one frame).
#
# Writes target/bench/merge/. Standalone: its own results.jsonl and report.md there. Under run.sh
# (OUTPOST_BENCH_RESULTS set): appends to run.sh's results.jsonl and uses its binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=0 outpost=${OUTPOST_BENCH_OUTPOST:-} bulk=${OUTPOST_BENCH_BULK:-} build=${OUTPOST_BENCH_BUILD:-} args="$*"
while (($#)); do
    case $1 in
        --quick) quick=1 ;;
        --outpost) outpost=$(realpath "$2"); shift ;;
        --bulk) bulk=$(realpath "$2"); shift ;;
        *) echo "usage: benches/merge.sh [--quick] [--outpost PATH --bulk PATH]" >&2; exit 2 ;;
    esac
    shift
done
if ((quick)); then
    MAIN_ROWS=1000 MAIN_RUNS=1 GROWTH=(200) GROWTH_RUNS=1 QUEUE_ROWS=200
else
    MAIN_ROWS=10000 MAIN_RUNS=5 GROWTH=(1000 50000) GROWTH_RUNS=3 QUEUE_ROWS=10000
fi
MAILMERGE_VERSION=2.3.0

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { echo "merge.sh: $*" >&2; exit 1; }
[[ -x /usr/bin/time ]] || die "needs /usr/bin/time (Debian package: time)"

# ---- the peer: PyPI's mailmerge, pinned, in its own venv -------------------------------------
venv=$root/target/mailmerge-venv
if ! "$venv/bin/mailmerge" --version 2>/dev/null | grep -q "$MAILMERGE_VERSION"; then
    say "creating $venv with mailmerge $MAILMERGE_VERSION"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "mailmerge==$MAILMERGE_VERSION"
fi
mailmerge=$venv/bin/mailmerge

# ---- build -------------------------------------------------------------------------------------
if [[ -z $outpost || -z $bulk ]]; then
    source benches/build.sh
    bench_build "$quick"
fi
[[ -x $outpost && -x $bulk ]] || die "build artifacts missing"
[[ -n $build ]] || build=$([[ $outpost == */release/* ]] && echo release || echo debug)
export OUTPOST_BENCH_RUSTC=${OUTPOST_BENCH_RUSTC:-$(rustc --version 2>/dev/null || echo rustc?)}

# ---- workspace ---------------------------------------------------------------------------------
out=$root/target/bench/merge
rm -rf "$out"
mkdir -p "$out"
results=${OUTPOST_BENCH_RESULTS:-$out/results.jsonl}
[[ -n ${OUTPOST_BENCH_RESULTS:-} ]] || : >"$results"
source benches/results.sh
tv_rss_mb() { awk -F': ' '/Maximum resident set size/{printf "%.1f\n", $2/1024}' "$1"; }
fmt_rows() { python3 -c 'import sys; print(f"{int(sys.argv[1]):,}")' "$1"; }

# Outpost's own files (no keychain: the account signs in with nothing)
home=$out/home
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
export XDG_RUNTIME_DIR=$home LANG=en_US.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
config_dir=$XDG_CONFIG_HOME/outpost data_dir=$XDG_DATA_HOME/outpost
mkdir -p "$config_dir" "$XDG_DATA_HOME"
chmod 700 "$home"
# Port 9 on loopback: nothing listens there, so nothing could be sent even by mistake.
cat >"$config_dir/config.toml" <<EOF
[[account]]
name = "club"
email = "sender@example.com"
display_name = "Club Secretary"
host = "127.0.0.1"
port = 9
security = "none"
auth = "none"
default = true
EOF
chmod 600 "$config_dir/config.toml"

# ---- 1. dry runs, side by side -----------------------------------------------------------------
# dry ROWS RUNS: appends "rows outpost_s outpost_mb mailmerge_s mailmerge_mb" (medians) to $growth
growth=$out/growth.txt
: >"$growth"
dry() {
    local rows=$1 runs=$2 d=$out/list-$1
    python3 benches/merge_data.py "$d" "$rows"
    local ow=() orss=() mw=() mrss=() i t0 subject
    subject=$(cat "$d/subject.txt")
    for i in $(seq "$runs"); do
        # wall time from the shell (ns clock; /usr/bin/time shows only hundredths), RSS from time -v
        t0=$(now)
        /usr/bin/time -v -o "$d/outpost.time" "$outpost" merge --account club --data "$d/list.csv" \
            --subject "$subject" --body-file "$d/body.txt" --dry-run --json \
            >"$d/outpost.json" 2>"$d/outpost.err" || die "outpost merge --dry-run failed: $(head -c 2000 "$d/outpost.err")"
        ow+=("$(elapsed "$t0")") orss+=("$(tv_rss_mb "$d/outpost.time")")
        t0=$(now)
        (cd "$d" && /usr/bin/time -v -o "$d/mailmerge.time" "$mailmerge" --dry-run --no-limit --output-format raw \
            --template mailmerge_template.txt --database list.csv --config mailmerge_server.conf \
            >"$d/mailmerge.out" 2>"$d/mailmerge.err") || die "mailmerge failed: $(head -c 2000 "$d/mailmerge.err")"
        mw+=("$(elapsed "$t0")") mrss+=("$(tv_rss_mb "$d/mailmerge.time")")
    done
    # Both did the whole list: every row a message.
    local o m
    o=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["ready"], len(d["messages"]))' "$d/outpost.json")
    m=$(grep -c '^>>> message [0-9]* sent$' "$d/mailmerge.out" || true)
    [[ $o == "$rows $rows" ]] || die "outpost planned '$o' of $rows rows"
    [[ $m == "$rows" ]] || die "mailmerge rendered $m of $rows rows"
    echo "$rows $(median "${ow[@]}") $(median "${orss[@]}") $(median "${mw[@]}") $(median "${mrss[@]}")" >>"$growth"
}
# field ROWS COLUMN (2 outpost_s, 3 outpost_mb, 4 mailmerge_s, 5 mailmerge_mb)
field() { awk -v r="$1" -v c="$2" '$1 == r {print $c}' "$growth"; }

say "1. mail merge dry run, $(fmt_rows "$MAIN_ROWS") rows: Outpost and mailmerge $MAILMERGE_VERSION, $MAIN_RUNS run(s) each"
dry "$MAIN_ROWS" "$MAIN_RUNS"
for rows in "${GROWTH[@]}"; do
    say "   growth: $(fmt_rows "$rows") rows, $GROWTH_RUNS run(s) each"
    dry "$rows" "$GROWTH_RUNS"
done
n=$(fmt_rows "$MAIN_ROWS")
record merge-dry "Mail merge dry run, $n rows (\`merge --dry-run --json\` vs \`mailmerge --dry-run --no-limit\`, same CSV and template): wall time, median of $MAIN_RUNS" \
    s lower le_half:mailmerge "$(field "$MAIN_ROWS" 2)" "{\"mailmerge\": $(field "$MAIN_ROWS" 4)}" \
    "mailmerge $MAILMERGE_VERSION also builds each MIME message; Outpost checks every row (address, duplicates, empty fields, do-not-mail list) and paces them"
record merge-dry-rss "Mail merge dry run, $n rows: peak RSS" MB lower lt_abs:100 "$(field "$MAIN_ROWS" 3)" \
    "{\"mailmerge\": $(field "$MAIN_ROWS" 5)}" "target: tens of MB"
for rows in $(awk '{print $1}' "$growth" | sort -n); do
    [[ $rows == "$MAIN_ROWS" ]] && continue
    n=$(fmt_rows "$rows")
    record "merge-dry-$rows" "Mail merge dry run, $n rows: wall time, median of $GROWTH_RUNS (growth; info)" s lower info \
        "$(field "$rows" 2)" "{\"mailmerge\": $(field "$rows" 4)}"
    record "merge-dry-rss-$rows" "Mail merge dry run, $n rows: peak RSS (growth; info)" MB lower info \
        "$(field "$rows" 3)" "{\"mailmerge\": $(field "$rows" 5)}"
done
growth_note=$(sort -n "$growth" | awk '{printf "%s%s rows: Outpost %.3f s / %.1f MB, mailmerge %.3f s / %.1f MB", (NR > 1 ? "; " : ""), $1, $2, $3, $4, $5}')

# ---- 2. queueing a merge, the outbox with it ---------------------------------------------------
n=$(fmt_rows "$QUEUE_ROWS")
say "2. queueing $n merge messages (starting tomorrow: nothing is due)"
d=$out/list-$QUEUE_ROWS
[[ -f $d/list.csv ]] || python3 benches/merge_data.py "$d" "$QUEUE_ROWS"
start=$(date -u -d tomorrow +%Y-%m-%dT09:00:00Z) subject=$(cat "$d/subject.txt")
t0=$(now)
/usr/bin/time -v -o "$out/queue.time" "$outpost" merge --account club --data "$d/list.csv" \
    --subject "$subject" --body-file "$d/body.txt" --start "$start" --no-wait --json \
    >"$out/queue.json" 2>"$out/queue.err" || die "outpost merge --no-wait failed: $(head -c 2000 "$out/queue.err")"
queued=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["ready"] if d["merge_id"] else 0)' "$out/queue.json")
[[ $queued == "$QUEUE_ROWS" ]] || die "queued $queued of $QUEUE_ROWS"
q_s=$(elapsed "$t0") q_rss=$(tv_rss_mb "$out/queue.time")
q_disk=$(du -sk "$data_dir" | awk '{printf "%.1f", $1/1024}')
q_files=$(find "$data_dir" -type f | wc -l)
record merge-queue "Queue a merge of $n messages (\`merge --no-wait\`, start tomorrow): wall time" s lower info "$q_s" '{}' \
    "$(python3 -c "print(round($QUEUE_ROWS / $q_s))") msg/s; each message's bytes and metadata fsynced; peak RSS $q_rss MB"
record merge-queue-disk "Queue a merge of $n messages: the data folder on disk afterwards (du)" MB lower info "$q_disk" '{}' \
    "$q_files files"
t0=$(now)
/usr/bin/time -v -o "$out/list.time" "$outpost" outbox list --json >"$out/list.json" 2>"$out/list.err" \
    || die "outbox list failed: $(head -c 2000 "$out/list.err")"
list_s=$(elapsed "$t0")
listed=$(python3 -c '
import json, sys
print(sum(1 for m in json.load(open(sys.argv[1]))["messages"] if m.get("merge_id")))' "$out/list.json")
[[ $listed == "$QUEUE_ROWS" ]] || die "outbox list shows $listed merge messages of $QUEUE_ROWS"
record merge-outbox-list "\`outbox list --json\` with the $n merge messages queued: wall time" s lower info \
    "$list_s" '{}' "peak RSS $(tv_rss_mb "$out/list.time") MB"
"$bulk" view --data "$data_dir" --config "$config_dir" >"$out/view.json"
view() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$out/view.json" "$1"; }
[[ $(view queued) == "$QUEUE_ROWS" ]] || die "the window's state holds $(view queued) queued of $QUEUE_ROWS"
ui=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(round(d["boot_ms"]+d["apply_ms"]+d["open_outbox_ms"], 2))' "$out/view.json")
record merge-view-ui "Window with the $n merge messages queued: UI-thread work (start + apply the read + open the outbox view)" ms lower lt_abs:100 \
    "$ui" '{}' "start $(view boot_ms) ms, apply $(view apply_ms) ms, open the outbox view $(view open_outbox_ms) ms"
record merge-view-load "Window with the $n merge messages queued: background read of the outbox (off the UI thread)" ms lower info \
    "$(view load_ms)" '{}'
record merge-view-frame "Window with the $n merge messages queued: frame of the outbox view (layout + software draw)" ms lower lt_abs:100 \
    "$(view frame_outbox_ms)" '{}'
record merge-view-rss "Window with the $n merge messages queued: RSS with the outbox view open" MB lower lt_abs:150 \
    "$(view rss_mb)" '{}'

# ---- report ------------------------------------------------------------------------------------
say "growth: $growth_note"
if [[ -z ${OUTPOST_BENCH_RESULTS:-} ]]; then
    python3 benches/report.py "$results" "$build" "benches/merge.sh${args:+ $args}" >"$out/report.md"
    say "report: $out/report.md"
    cat "$out/report.md"
fi

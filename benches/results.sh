# Sourced by the benchmark scripts (run.sh, rtt.sh, merge.sh): one line of figures per measure in
# $results (JSON lines, read by report.py), and the small timing helpers they share.

# record ID MEASURE UNIT BETTER TARGET OUTPOST PEERS_JSON [NOTE]
record() {
    python3 - "$@" >>"$results" <<'EOF'
import json, sys
i, measure, unit, better, target, outpost, peers = sys.argv[1:8]
note = sys.argv[8] if len(sys.argv) > 8 else ""
print(json.dumps({"id": i, "measure": measure, "unit": unit, "better": better, "target": target,
                  "outpost": None if outpost == "" else float(outpost), "peers": json.loads(peers),
                  "note": note}))
EOF
}

median() { python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(round(float(sys.argv[2]) - float(sys.argv[1]), 4))" "$1" "$(now)"; }

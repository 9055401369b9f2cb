#!/usr/bin/env bash
# Outpost's side-by-side benchmarks (issue 7). Loopback only: every server is on 127.0.0.1, and
# the GUI comparison runs in a network namespace with no outside network at all.
#
#   benches/run.sh           full run: release build, >= 20 runs per timing, Thunderbird included
#   benches/run.sh --quick   CI smoke run: debug build, a few runs, smaller counts, no Thunderbird
#
# Writes target/bench/report.md (and target/bench/results.jsonl, the raw figures).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=0
for arg in "$@"; do
    case $arg in
        --quick) quick=1 ;;
        *) echo "usage: benches/run.sh [--quick]" >&2; exit 2 ;;
    esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ((quick)); then
    CHECK_RUNS=5 BULK_N=200 SWAKS_N=20 SWAKS_MAX_S=15 ATTACH_MB=25 ATTACH_RUNS=1 GUI_RUNS=1 TB=0
else
    CHECK_RUNS=20 BULK_N=1000 SWAKS_N=1000 SWAKS_MAX_S=60 ATTACH_MB=25 ATTACH_RUNS=3 GUI_RUNS=5 TB=1
fi
IDLE_S=5

# ---- peers -------------------------------------------------------------------------------------
packages=(swaks libnet-ssleay-perl libio-socket-ssl-perl hyperfine time openssl xvfb xdotool x11-utils
          iptables python3-venv util-linux postfix dovecot-core)
# postfix and dovecot: the real server of section 7 (benches/rtt.sh runs private instances of them)
tools=(swaks hyperfine /usr/bin/time openssl Xvfb xdotool unshare /usr/sbin/postfix /usr/sbin/dovecot)
((TB)) && { packages+=(thunderbird); tools+=(thunderbird); }
missing=()
for t in "${tools[@]}"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
# swaks speaks TLS only with Net::SSLeay (a Recommends, so not pulled in by --no-install-recommends)
perl -MNet::SSLeay -MIO::Socket::SSL -e1 2>/dev/null || missing+=(libnet-ssleay-perl)
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing benchmark peers (${missing[*]})"
        export DEBIAN_FRONTEND=noninteractive
        # Postfix without a system configuration: no /etc/postfix/main.cf, no system mail server
        echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
        apt-get -o DPkg::Lock::Timeout=300 update -qq
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    else
        echo "missing: ${missing[*]}; install with:" >&2
        echo "  echo 'postfix postfix/main_mailer_type select No configuration' | sudo debconf-set-selections" >&2
        echo "  sudo DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends ${packages[*]}" >&2
        exit 1
    fi
fi
venv=target/test-venv
if ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
    say "creating $venv with aiosmtpd"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check 'aiosmtpd==1.4.6'
fi
py=$root/$venv/bin/python
# the aiosmtpd test server (renamed from aiosmtpd_peer.py to smtpd.py; same interface)
smtpd=tests/support/smtpd.py
[[ -f $smtpd ]] || smtpd=tests/support/aiosmtpd_peer.py

# ---- build -------------------------------------------------------------------------------------
source benches/build.sh
bench_build "$quick"
[[ -x $outpost && -x $bulk ]] || { echo "build artifacts missing" >&2; exit 1; }

export OUTPOST_BENCH_RUSTC="$(rustc --version 2>/dev/null || echo rustc?)"

# ---- workspace, servers, cleanup ---------------------------------------------------------------
out=$root/target/bench
work=$out/work
rm -rf "$work"
mkdir -p "$work"
spool_base=$(mktemp -d /dev/shm/outpost-bench.XXXXXX) # server spools on tmpfs: the server is not measured
results=$out/results.jsonl
: >"$results"
pids=()
ipt_rule=()
cleanup() {
    set +e
    for fd in "${peer_fds[@]:-}"; do [[ -n $fd ]] && exec {fd}>&-; done
    for p in "${pids[@]:-}"; do [[ -n $p ]] && kill "$p" 2>/dev/null; done
    if ((${#ipt_rule[@]})); then iptables -w -D "${ipt_rule[@]}" 2>/dev/null; fi
    rm -rf "$spool_base"
}
trap cleanup EXIT
peer_fds=()

# start_peer NAME MODE [aiosmtpd_peer args...]: sets ${NAME}_port; the server stops when we close its stdin
start_peer() {
    local name=$1 mode=$2
    shift 2
    local fifo=$work/$name.stdin
    mkfifo "$fifo"
    "$py" "$smtpd" --mode "$mode" --spool "$spool_base/$name" "$@" \
        <"$fifo" >"$work/$name.out" 2>"$work/$name.err" &
    pids+=($!)
    local fd
    exec {fd}>"$fifo"
    peer_fds+=("$fd")
    for _ in $(seq 100); do
        if grep -q '^READY' "$work/$name.out" 2>/dev/null; then
            printf -v "${name}_port" '%s' "$(awk '/^READY/{print $2}' "$work/$name.out")"
            return
        fi
        sleep 0.1
    done
    echo "aiosmtpd ($name) did not start: $(cat "$work/$name.err")" >&2
    exit 1
}

source benches/results.sh
# /usr/bin/time -v output -> wall seconds / peak RSS in MB
tv_wall() { awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$1"; }
tv_rss_mb() { awk -F': ' '/Maximum resident set size/{printf "%.1f\n", $2/1024}' "$1"; }

# Outpost's own files for this run (no keychain needed: the bench accounts have no password)
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/home LANG=en_US.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$XDG_CONFIG_HOME/outpost" "$XDG_DATA_HOME"
chmod 700 "$HOME"

# Private CA and a server certificate for 127.0.0.1
say "certificates"
bench_certificates "$work" "Outpost Bench CA"
ca=$work/ca.pem
printf 'bench-secret\n' >"$work/password"

# ---- 1. connection check -----------------------------------------------------------------------
say "1. connection check (STARTTLS + AUTH), $CHECK_RUNS runs each"
start_peer check starttls --cert "$work/server.pem" --key "$work/server.key" --auth bench:bench-secret
p=$check_port
"$outpost" check --json --host 127.0.0.1 --port "$p" --security starttls --user bench --password-stdin \
    --ca-file "$ca" <"$work/password" >"$work/check-outpost.json" || {
    echo "outpost check failed: $(cat "$work/check-outpost.json")" >&2; exit 1; }
hyperfine --style basic --warmup 2 --runs "$CHECK_RUNS" --export-json "$work/check.json" \
    -n outpost "$outpost check --json --host 127.0.0.1 --port $p --security starttls --user bench --password-stdin --ca-file $ca < $work/password > /dev/null" \
    -n swaks "swaks --server 127.0.0.1:$p --tls --tls-verify --tls-ca-path $ca --auth-user bench --auth-password bench-secret --quit-after AUTH > /dev/null" \
    -n smtplib "$py $root/benches/smtplib_peer.py check --port $p --user bench --password-file $work/password --ca-file $ca" \
    >"$work/check.log" 2>&1 || { cat "$work/check.log" >&2; exit 1; }
read -r o s w < <(python3 -c '
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
print(r["outpost"], r["smtplib"], r["swaks"])' "$work/check.json")
record check "Connection check: STARTTLS + AUTH, median of $CHECK_RUNS (hyperfine)" s lower le_best \
    "$o" "{\"smtplib\": $s, \"swaks\": $w}"

# ---- 2. bulk sending ---------------------------------------------------------------------------
say "2. bulk sending: $BULK_N messages of ~2 KB"
start_peer bulk plain
p=$bulk_port
cat >"$XDG_CONFIG_HOME/outpost/config.toml" <<EOF
[[account]]
name = "relay"
email = "sender@example.com"
host = "127.0.0.1"
port = $p
security = "none"
auth = "none"
default = true
EOF
chmod 600 "$XDG_CONFIG_HOME/outpost/config.toml"
data=$XDG_DATA_HOME/outpost
# (a) the real CLI: enqueue with the library (untimed), then time `outpost outbox flush` as a whole process
"$bulk" enqueue --data "$data" --count "$BULK_N" --body-bytes 2048 --account relay >/dev/null
msg_size=$(ls -l "$data"/outbox/queue/*.eml | awk '{s+=$5; n++} END {printf "%d", s/n}')
/usr/bin/time -v -o "$work/flush.time" "$outpost" outbox flush --json >"$work/flush.json" 2>"$work/flush.err" || {
    echo "outpost outbox flush failed: $(head -c 2000 "$work/flush.json")" >&2; exit 1; }
flush_s=$(tv_wall "$work/flush.time")
cli_sent=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["sent"]))' "$work/flush.json")
[[ $cli_sent -eq $BULK_N ]] || { echo "outpost outbox flush sent $cli_sent of $BULK_N" >&2; exit 1; }
cli_rate=$(python3 -c "print(round($BULK_N / max($flush_s, 0.001), 1))")
# (b) the library, end to end: build each message, put it in the outbox (fsync per step), flush
"$bulk" enqueue --data "$data" --count "$BULK_N" --body-bytes 2048 --account relay >"$work/enq.json"
"$bulk" flush --data "$data" --port "$p" --account relay >"$work/flush-lib.json"
lib_rate=$(python3 -c 'import json,sys
e, f = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert f["sent"] == int(sys.argv[3]), f
print(round(f["sent"] / (e["seconds"] + f["seconds"]), 1))' "$work/enq.json" "$work/flush-lib.json" "$BULK_N")
# (c) the same with the outbox on tmpfs: what the durability (fsync) costs
shm_data=$spool_base/outpost-data
"$bulk" enqueue --data "$shm_data" --count "$BULK_N" --body-bytes 2048 --account relay >"$work/enq-shm.json"
"$bulk" flush --data "$shm_data" --port "$p" --account relay >"$work/flush-shm.json"
shm_rate=$(python3 -c 'import json,sys
e, f = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
print(round(f["sent"] / (e["seconds"] + f["seconds"]), 1))' "$work/enq-shm.json" "$work/flush-shm.json")
smtplib_rate=$("$py" benches/smtplib_peer.py bulk --port "$p" --count "$BULK_N" --body-bytes 2048 | python3 -c 'import json,sys; print(json.load(sys.stdin)["per_second"])')
# swaks: one process per message, up to SWAKS_N messages or SWAKS_MAX_S seconds
python3 - "$work/bulk.eml" <<'EOF'
import sys
line = "The quick brown fox jumps over the lazy dog, again and again, for bench.\n"
body = (line * 40)[:2048].replace("\n", "\r\n")
open(sys.argv[1], "w").write("From: Bench Sender <sender@example.com>\r\nTo: rcpt@example.org\r\n"
                             "Subject: Bulk message\r\n\r\n" + body)
EOF
sent=0
t0=$(now)
end=$(python3 -c "print($(date +%s) + $SWAKS_MAX_S)")
while ((sent < SWAKS_N)) && (($(date +%s) < end)); do
    swaks --server "127.0.0.1:$p" --from sender@example.com --to rcpt@example.org --data "$work/bulk.eml" \
        >/dev/null 2>&1 || { echo "swaks send failed" >&2; exit 1; }
    sent=$((sent + 1))
done
swaks_s=$(elapsed "$t0")
swaks_rate=$(python3 -c "print(round($sent / $swaks_s, 1))")
record bulk "Bulk: $BULK_N msgs (~$msg_size B), \`outpost outbox flush\` whole process" msg/s higher ge_smtplib \
    "$cli_rate" "{\"smtplib\": $smtplib_rate, \"swaks\": $swaks_rate}" \
    "swaks: one process per message, $sent messages in ${swaks_s}s"
record bulk-lib "Bulk: library end to end, build + enqueue + flush (benches/bulk.rs)" msg/s higher ge_smtplib \
    "$lib_rate" "{\"smtplib\": $smtplib_rate}"
record bulk-shm "Bulk: library end to end, outbox on tmpfs (what fsync costs; info)" msg/s higher info \
    "$shm_rate" "{\"smtplib\": $smtplib_rate}"

# ---- 3. large attachment -----------------------------------------------------------------------
say "3. one message with a ${ATTACH_MB} MB attachment, $ATTACH_RUNS run(s) each"
start_peer big plain --max-size 200000000
p=$big_port
head -c $((ATTACH_MB * 1000 * 1000)) /dev/urandom >"$work/big.bin"
cat >>"$XDG_CONFIG_HOME/outpost/config.toml" <<EOF
[[account]]
name = "big"
email = "sender@example.com"
host = "127.0.0.1"
port = $p
security = "none"
auth = "none"
EOF
ow=() orss=() qw=() qrss=() sw=() srss=()
for i in $(seq "$ATTACH_RUNS"); do
    # the way the app sends: into the outbox first (written to disk), then out from there
    /usr/bin/time -v -o "$work/att-q.time" "$outpost" send --json --account big --to rcpt@example.org \
        --subject "Large" --body "See attachment." --attach "$work/big.bin" >"$work/att-q.json" 2>&1 || {
        echo "outpost send --account failed: $(cat "$work/att-q.json")" >&2; exit 1; }
    qw+=("$(tv_wall "$work/att-q.time")") qrss+=("$(tv_rss_mb "$work/att-q.time")")
    /usr/bin/time -v -o "$work/att-o.time" "$outpost" send --json --no-queue --host 127.0.0.1 --port "$p" \
        --security none --from sender@example.com --to rcpt@example.org --subject "Large" --body "See attachment." \
        --attach "$work/big.bin" >"$work/att-o.json" 2>&1 || { echo "outpost send failed: $(cat "$work/att-o.json")" >&2; exit 1; }
    ow+=("$(tv_wall "$work/att-o.time")") orss+=("$(tv_rss_mb "$work/att-o.time")")
    /usr/bin/time -v -o "$work/att-s.time" "$py" benches/smtplib_peer.py attach --port "$p" --file "$work/big.bin"
    sw+=("$(tv_wall "$work/att-s.time")") srss+=("$(tv_rss_mb "$work/att-s.time")")
done
record attach-time "Large attachment (${ATTACH_MB} MB), direct (\`send --no-queue\`): wall time, median of $ATTACH_RUNS" s lower le_smtplib \
    "$(median "${ow[@]}")" "{\"smtplib\": $(median "${sw[@]}")}"
record attach-rss "Large attachment (${ATTACH_MB} MB), direct: peak RSS" MB lower "lt_abs:$((ATTACH_MB * 4))" \
    "$(median "${orss[@]}")" "{\"smtplib\": $(median "${srss[@]}")}" "target: under 4x the attachment"
record attach-time-outbox "Large attachment (${ATTACH_MB} MB) through the outbox (\`send --account\`): wall time" s lower le_smtplib \
    "$(median "${qw[@]}")" "{\"smtplib\": $(median "${sw[@]}")}"
record attach-rss-outbox "Large attachment (${ATTACH_MB} MB) through the outbox: peak RSS" MB lower "lt_abs:$((ATTACH_MB * 4))" \
    "$(median "${qrss[@]}")" "{\"smtplib\": $(median "${srss[@]}")}"

# ---- 4. desktop app ----------------------------------------------------------------------------
say "4. desktop app under Xvfb ($GUI_RUNS run(s))"
Xvfb -noreset -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$work/xvfb.display" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [[ -s $work/xvfb.display ]] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$work/xvfb.display")"
unset WAYLAND_DISPLAY
# The GUIs run without network (a new network namespace with only a down loopback). Where no
# namespace can be made (no privileges), Outpost runs as it is (on the wizard it opens no
# connection) and Thunderbird, which would reach out, is skipped.
isolate=(unshare -n)
export OUTPOST_BENCH_GUI_ISOLATED=1
if ! unshare -n true 2>/dev/null; then
    isolate=() OUTPOST_BENCH_GUI_ISOLATED=0
    if ((TB)); then
        TB=0
        tb_skip="Thunderbird skipped: no network namespace here (unshare -n failed), and it must not reach the network"
    fi
fi
# tree_rss PID -> MB of the process and all its descendants
tree_rss() {
    local all=("$1") queue=("$1") kids
    while ((${#queue[@]})); do
        kids=$(pgrep -P "${queue[0]}" || true)
        queue=("${queue[@]:1}")
        for k in $kids; do all+=("$k"); queue+=("$k"); done
    done
    local kb=0 v
    for q in "${all[@]}"; do
        v=$(awk '/^VmRSS/{print $2}' "/proc/$q/status" 2>/dev/null || true)
        kb=$((kb + ${v:-0}))
    done
    python3 -c "print(round($kb / 1024, 1))"
}
# gui_run NAME TITLE_REGEX CMD... -> prints "seconds_to_window rss_mb_after_idle"
gui_run() {
    local name=$1 title=$2
    shift 2
    local t0 pid t=""
    t0=$(now)
    # no network at all inside (only a down loopback); X still works through /tmp/.X11-unix
    "${isolate[@]}" "$@" >"$work/$name.gui.log" 2>&1 &
    pid=$!
    while [[ -z $t ]]; do
        if xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; then t=$(elapsed "$t0"); break; fi
        if ! kill -0 "$pid" 2>/dev/null || (($(date +%s) - ${t0%.*} > 60)); then
            echo "$name: no window matching '$title' (log: $(tail -c 1500 "$work/$name.gui.log"))" >&2
            kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; return 1
        fi
        sleep 0.005
    done
    sleep "$IDLE_S"
    local rss
    rss=$(tree_rss "$pid")
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    sleep 0.5
    echo "$t $rss"
}
gt=() gr=()
for i in $(seq "$GUI_RUNS"); do
    rm -rf "$XDG_CONFIG_HOME/outpost" "$XDG_DATA_HOME/outpost" # no account: the wizard opens
    read -r t r < <(gui_run outpost 'Outpost$' "$outpost") || true
    [[ -n ${r:-} ]] || { echo "Outpost's window did not appear" >&2; exit 1; }
    gt+=("$t") gr+=("$r")
done
tb_t=null tb_r=null tb_note=${tb_skip:-"Thunderbird skipped (--quick)"}
if ((TB)); then
    tt=() tr=()
    for i in $(seq 3); do
        prof=$work/tb-profile-$i
        rm -rf "$prof"
        mkdir -p "$prof"
        # fresh profile; belt and braces with the network namespace: no updates, telemetry, first-run pages
        cat >"$prof/user.js" <<'EOF'
user_pref("app.update.enabled", false);
user_pref("toolkit.telemetry.enabled", false);
user_pref("datareporting.policy.dataSubmissionEnabled", false);
user_pref("mailnews.start_page.enabled", false);
user_pref("network.proxy.type", 1);
user_pref("network.proxy.http", "127.0.0.1");
user_pref("network.proxy.http_port", 9);
user_pref("network.proxy.ssl", "127.0.0.1");
user_pref("network.proxy.ssl_port", 9);
EOF
        t="" r=""
        read -r t r < <(gui_run thunderbird 'Thunderbird' thunderbird --no-remote --profile "$prof") || true
        [[ -n $r ]] || { echo "Thunderbird's window did not appear" >&2; exit 1; }
        tt+=("$t") tr+=("$r")
    done
    tb_t=$(median "${tt[@]}") tb_r=$(median "${tr[@]}")
    tb_note="Thunderbird $(thunderbird --version 2>/dev/null | tail -1), fresh profile each run, 3 runs; RSS = all its processes"
fi
record gui-start "Desktop: exec to first window mapped (Xvfb), median of $GUI_RUNS" s lower lt_abs:0.3 \
    "$(median "${gt[@]}")" "{\"Thunderbird\": $tb_t}" "$tb_note"
record gui-rss "Desktop: RSS after ${IDLE_S} s idle on the wizard" MB lower lt_abs:40 \
    "$(median "${gr[@]}")" "{\"Thunderbird\": $tb_r}"

# ---- 5. diagnosis ------------------------------------------------------------------------------
say "5. diagnosing a silent implicit-TLS port and a dropped-packets port"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# A real SMTP server on implicit TLS (aiosmtpd, the same as port 465 servers): silent to a client
# that waits for a plain greeting. It serves connections concurrently, as real servers do.
start_peer silent tls --cert "$work/server.pem" --key "$work/server.key"
tls_port=$silent_port
drop_port=$(free_port)
drop_how="iptables DROP"
if [[ $(id -u) -eq 0 ]] && command -v iptables >/dev/null \
    && iptables -w -I INPUT -i lo -p tcp --dport "$drop_port" -m comment --comment outpost-bench -j DROP 2>/dev/null; then
    ipt_rule=(INPUT -i lo -p tcp --dport "$drop_port" -m comment --comment outpost-bench -j DROP)
else
    # Without root: a listening socket whose accept queue is full drops every new SYN.
    drop_how="full accept queue (no root for iptables)"
    "$py" -c '
import socket, sys, time
l = socket.socket(); l.bind(("127.0.0.1", 0)); l.listen(0)
port = l.getsockname()[1]; fill = []
for _ in range(8):
    s = socket.socket(); s.settimeout(0.2)
    try: s.connect(("127.0.0.1", port)); fill.append(s)
    except OSError: break
print(port, flush=True); time.sleep(900)' >"$work/drop.port" &
    pids+=($!)
    for _ in $(seq 50); do [[ -s $work/drop.port ]] && break; sleep 0.1; done
    drop_port=$(head -1 "$work/drop.port")
fi
diag() { # NAME PORT -> "seconds kind"
    local t0 kind
    t0=$(now)
    timeout 200 "$outpost" check --json --host 127.0.0.1 --port "$2" --security starttls >"$work/diag-$1.json" 2>&1 || true
    local t
    t=$(elapsed "$t0")
    kind=$(python3 -c 'import json,sys
try: d=json.load(open(sys.argv[1]))
except Exception: print("unparsable"); sys.exit()
def find(x):
    if isinstance(x, dict):
        if "kind" in x and isinstance(x["kind"], str): return x["kind"]
        for v in x.values():
            k = find(v)
            if k: return k
    if isinstance(x, list):
        for v in x:
            k = find(v)
            if k: return k
print(find(d) or "none")' "$work/diag-$1.json")
    echo "$t $kind"
}
swaks_diag() { # NAME PORT -> "seconds"
    local t0
    t0=$(now)
    timeout 200 swaks --server "127.0.0.1:$2" --quit-after EHLO >"$work/diag-swaks-$1.log" 2>&1 || true
    elapsed "$t0"
}
read -r ot ok < <(diag silent "$tls_port")
st=$(swaks_diag silent "$tls_port")
record diag-tls "Diagnose silent implicit-TLS port (aiosmtpd on TLS, STARTTLS chosen): seconds" s lower le_best \
    "$ot" "{\"swaks\": $st}" "Outpost: \`$ok\`; swaks: $(grep -m1 -iE 'timeout|timed out|error' "$work/diag-swaks-silent.log" | tr -d '\r|`' | cut -c1-80)"
read -r ot ok < <(diag drop "$drop_port")
st=$(swaks_diag drop "$drop_port")
if ((${#ipt_rule[@]})); then iptables -w -D "${ipt_rule[@]}"; ipt_rule=(); fi
record diag-drop "Diagnose dropped-packets port ($drop_how): seconds" s lower le_best \
    "$ot" "{\"swaks\": $st}" "Outpost: \`$ok\`; swaks: $(grep -m1 -iE 'timeout|timed out|error' "$work/diag-swaks-drop.log" | tr -d '\r|`' | cut -c1-80)"

# ---- 6. history: the window with a long-used outbox -------------------------------------------
# The same measurements on a fresh outbox (1 queued, 10 sent) and a long-used one, so that the
# growth with history shows. UI-thread costs (start, applying the background read, opening the
# outbox view, one frame) must stay small however long the history is.
if ((quick)); then HIST_SENT=20000 HIST_Q=200; else HIST_SENT=100000 HIST_Q=1000; fi
say "6. history: the window's state with 1 queued / 10 sent vs $HIST_Q queued / $HIST_SENT sent"
for size in small large; do
    d=$work/hist-$size
    mkdir -p "$d/config"
    printf '[[account]]\nname = "relay"\nemail = "sender@example.com"\nhost = "127.0.0.1"\nport = 2525\nsecurity = "none"\nauth = "none"\ndefault = true\n' >"$d/config/config.toml"
    if [[ $size == small ]]; then n_sent=10 n_q=1; else n_sent=$HIST_SENT n_q=$HIST_Q; fi
    "$bulk" history --data "$d/data" --sent "$n_sent" --count "$n_q" --body-bytes 2048 --account relay >/dev/null
    "$bulk" view --data "$d/data" --config "$d/config" >"$work/view-$size.json"
done
hist() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$work/view-$1.json" "$2"; }
ui_thread() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(round(d["boot_ms"]+d["apply_ms"]+d["open_outbox_ms"], 2))' "$work/view-$1.json"; }
hist_note="small case (1 queued, 10 sent):"
record hist-ui "History $HIST_Q queued / $HIST_SENT sent: UI-thread work (start + apply the read + open the outbox view)" ms lower lt_abs:100 \
    "$(ui_thread large)" '{}' "$hist_note $(ui_thread small) ms"
record hist-load "History $HIST_Q queued / $HIST_SENT sent: background read of the outbox and the latest sent records (off the UI thread)" ms lower info \
    "$(hist large load_ms)" '{}' "$hist_note $(hist small load_ms) ms"
record hist-frame-main "History $HIST_Q queued / $HIST_SENT sent: frame of the main window (layout + software draw)" ms lower lt_abs:50 \
    "$(hist large frame_main_ms)" '{}' "$hist_note $(hist small frame_main_ms) ms"
record hist-frame-outbox "History $HIST_Q queued / $HIST_SENT sent: frame of the outbox view (layout + software draw)" ms lower lt_abs:100 \
    "$(hist large frame_outbox_ms)" '{}' "$hist_note $(hist small frame_outbox_ms) ms"
record hist-rss "History $HIST_Q queued / $HIST_SENT sent: RSS with the outbox view open" MB lower lt_abs:150 \
    "$(hist large rss_mb)" '{}' "$hist_note $(hist small rss_mb) MB"

# ---- 7. round trips against a real Postfix over a 50 ms RTT link ------------------------------
# benches/rtt.sh (runs on its own too): a private Postfix + Dovecot on 127.0.0.1 behind a delaying
# proxy; it appends its rows to this run's results.jsonl.
say "7. round trips: Outpost and smtplib against Postfix over a 50 ms RTT link (benches/rtt.sh)"
rtt_args=()
((quick)) && rtt_args+=(--quick)
OUTPOST_BENCH_OUTPOST=$outpost OUTPOST_BENCH_BULK=$bulk OUTPOST_BENCH_BUILD=$build OUTPOST_BENCH_RESULTS=$results \
    benches/rtt.sh "${rtt_args[@]}"

# ---- 8. mail merge: Outpost and PyPI's mailmerge over the same list --------------------------
# benches/merge.sh (runs on its own too): the dry run of a 10,000-row merge side by side with
# mailmerge, how it grows with rows, and queueing 10,000 merge messages; it appends its rows here.
say "8. mail merge: Outpost and mailmerge over the same list; queueing a merge (benches/merge.sh)"
merge_args=()
((quick)) && merge_args+=(--quick)
OUTPOST_BENCH_OUTPOST=$outpost OUTPOST_BENCH_BULK=$bulk OUTPOST_BENCH_BUILD=$build OUTPOST_BENCH_RESULTS=$results \
    benches/merge.sh "${merge_args[@]}"

# ---- 9. copies in Sent: Outpost and imaplib into the same Dovecot ------------------------------
# benches/copies.sh (runs on its own too): N copies saved over IMAP beside imaplib appending the
# same bytes, and a round with nothing due as the history of copies grows.
say "9. copies in Sent: Outpost and imaplib into a private Dovecot (benches/copies.sh)"
copies_args=()
((quick)) && copies_args+=(--quick)
OUTPOST_BENCH_OUTPOST=$outpost OUTPOST_BENCH_BULK=$bulk OUTPOST_BENCH_BUILD=$build OUTPOST_BENCH_RESULTS=$results \
    benches/copies.sh "${copies_args[@]}"

# ---- report ------------------------------------------------------------------------------------
cmd="benches/run.sh${1:+ $*}"
python3 benches/report.py "$results" "$build" "$cmd" >"$out/report.md"
say "report: $out/report.md"
cat "$out/report.md"

#!/usr/bin/env bash
# Round trips per send against a real Postfix over a 50 ms RTT link, Outpost side by side with
# Python's smtplib in the same run. Part of benches/run.sh; runs on its own too:
#
#   benches/rtt.sh           release build, 10 fresh sends, 20 messages per kept connection
#   benches/rtt.sh --quick   debug build, 3 fresh sends, 5 messages per kept connection
#   benches/rtt.sh --outpost PATH --bulk PATH   measure these binaries (no build), e.g. an old one
#   benches/rtt.sh --serve   only set up Postfix, Dovecot and the proxy, print how to reach them, and
#                            wait for Enter (to try a client by hand); stops them on the way out
#
# Everything is on 127.0.0.1. Postfix (Debian package) runs as a private instance of its own
# (config under target/bench/rtt/postfix, queue on tmpfs, one listener on a free loopback port,
# every message discarded: no SMTP client service exists in it, so nothing can leave the machine),
# with STARTTLS (a private CA made here) and AUTH through a private Dovecot auth service
# (passwd-file). benches/delay_proxy.py sits in front of it and delays every chunk 25 ms each way
# (a 50 ms RTT link); a second proxy at 50 ms each way gives the slope.
#
#   fresh: `outpost send --no-queue` (STARTTLS + AUTH PLAIN, one message) as a whole process,
#          and one smtplib session (connect, EHLO, STARTTLS, EHLO, AUTH, sendmail, QUIT) timed in
#          one Python process; N runs each, on loopback, at 50 ms and at 100 ms RTT in turn.
#   kept:  `outpost outbox flush` of M queued messages and of 1 (one connection, STARTTLS, no AUTH:
#          a saved account's password lives in the OS keychain, which the bench has not), and an
#          smtplib session with M messages and with 1 (same steps, no AUTH).
#   Figures, per fresh send and per further message ((T_M - T_1) / (M - 1)), in round trips:
#     slope  (T at 100 ms - T at 50 ms) / 50 ms: local time and fixed stalls cancel (the figure)
#     direct (T at 50 ms - T on loopback) / 50 ms
#     raw    T at 50 ms / 50 ms (local time included)
#
# Writes target/bench/rtt/ (logs, proxy traces, postfix.log). Standalone: its own results.jsonl and
# report.md there. Under run.sh (OUTPOST_BENCH_RESULTS set): appends to run.sh's results.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=0 serve=0 outpost="" bulk="" args="$*"
while (($#)); do
    case $1 in
        --quick) quick=1 ;;
        --serve) serve=1 ;;
        --outpost) outpost=$(realpath "$2"); shift ;;
        --bulk) bulk=$(realpath "$2"); shift ;;
        *) echo "usage: benches/rtt.sh [--quick] [--outpost PATH --bulk PATH] [--serve]" >&2; exit 2 ;;
    esac
    shift
done
if ((quick)); then RTT_N=3 RTT_M=5 RTT_KEPT_RUNS=2; else RTT_N=10 RTT_M=20 RTT_KEPT_RUNS=3; fi
RTT_DELAY_MS=25 # one way; the round trip is twice this
rtt_s=$(python3 -c "print(2 * $RTT_DELAY_MS / 1000)")

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { echo "rtt.sh: $*" >&2; exit 1; }

# ---- peers: Postfix, Dovecot (SASL), openssl ---------------------------------------------------
packages=(postfix dovecot-core openssl)
have_peers() {
    [[ -x /usr/sbin/postfix && -x /usr/sbin/dovecot && -x /usr/lib/postfix/sbin/master ]] \
        && command -v openssl >/dev/null && id postfix >/dev/null 2>&1 && id dovecot >/dev/null 2>&1
}
if ! have_peers; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing round-trip peers (${packages[*]})"
        export DEBIAN_FRONTEND=noninteractive
        # "No configuration": the package writes no /etc/postfix/main.cf and starts no system
        # Postfix; this script runs its own instance only.
        echo 'postfix postfix/main_mailer_type select No configuration' | debconf-set-selections
        apt-get -o DPkg::Lock::Timeout=300 update -qq
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    fi
    have_peers || die "missing Postfix/Dovecot; install with:
  echo 'postfix postfix/main_mailer_type select No configuration' | sudo debconf-set-selections
  sudo DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends ${packages[*]}
(Postfix and Dovecot run as root-started private instances, so the benchmark needs root.)"
fi
[[ $(id -u) -eq 0 ]] || die "the private Postfix instance needs root (postfix start); run as root"
# Timing on a shared machine: the proxies (whose sleeps must end on time), the clients and Postfix
# all inherit this priority, ahead of builds running beside the benchmark.
renice -n -10 -p $$ >/dev/null 2>&1 || true

# ---- build -------------------------------------------------------------------------------------
source benches/build.sh
if ((serve)); then
    outpost=/bin/true bulk=/bin/true build=none
elif [[ -n ${OUTPOST_BENCH_OUTPOST:-} && -z $outpost ]]; then # from run.sh, already built
    outpost=$OUTPOST_BENCH_OUTPOST bulk=$OUTPOST_BENCH_BULK build=${OUTPOST_BENCH_BUILD:-?}
elif [[ -n $outpost ]]; then
    [[ -n $bulk ]] || die "--outpost needs --bulk too (the bulk bench of the same source, for the outbox)"
    build="prebuilt"
else
    bench_build "$quick"
fi
[[ -x $outpost && -x $bulk ]] || die "build artifacts missing ($outpost, $bulk)"
# (before HOME changes below: rustup finds its toolchains through it)
export OUTPOST_BENCH_RUSTC="${OUTPOST_BENCH_RUSTC:-$(rustc --version 2>/dev/null || echo rustc?)}"

# ---- workspace and cleanup ---------------------------------------------------------------------
out=$root/target/bench/rtt
pfx=$out/postfix      # Postfix config_directory (main.cf, master.cf)
dvc=$out/dovecot      # Dovecot config and password file
# Stop an instance a killed earlier run may have left (its main.cf names its own queue).
if [[ -f $pfx/main.cf ]]; then postfix -c "$pfx" stop >/dev/null 2>&1 || true; fi
if [[ -f $out/dovecot.pid ]]; then
    old=$(cat "$out/dovecot.pid")
    if [[ $(cat "/proc/$old/comm" 2>/dev/null) == dovecot ]]; then kill "$old" 2>/dev/null || true; fi
fi
rm -rf "$out"
mkdir -p "$out" "$pfx" "$dvc"
spool=$(mktemp -d /dev/shm/outpost-rtt.XXXXXX) # Postfix queue, Dovecot run dir, Outpost's data
chmod 755 "$spool"
pids=() fds=() pf_started=0
cleanup() {
    set +e
    for fd in "${fds[@]:-}"; do [[ -n $fd ]] && exec {fd}>&-; done
    for p in "${pids[@]:-}"; do [[ -n $p ]] && kill "$p" 2>/dev/null; done
    ((pf_started)) && postfix -c "$pfx" stop >/dev/null 2>&1
    for p in "${pids[@]:-}"; do [[ -n $p ]] && wait "$p" 2>/dev/null; done
    rm -rf "$spool"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Outpost's own files for this run; its outbox on tmpfs (fsync is not what is measured here)
export HOME=$out/home XDG_CONFIG_HOME=$out/home/.config XDG_DATA_HOME=$spool/data
export XDG_RUNTIME_DIR=$out/home LANG=en_US.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$XDG_CONFIG_HOME/outpost" "$XDG_DATA_HOME"
chmod 700 "$HOME"

say "RTT: certificates, Postfix $(postconf -d -h mail_version 2>/dev/null), Dovecot $(dovecot --version 2>/dev/null | cut -d' ' -f1)"
bench_certificates "$out" "Outpost RTT Bench CA"
ca=$out/ca.pem
printf 'bench-secret\n' >"$out/password"

# ---- Postfix: a private instance on 127.0.0.1 --------------------------------------------------
pf_port=$(free_port)
mkdir -p "$spool/queue" "$spool/pfdata"
chown postfix "$spool/pfdata"
cat >"$pfx/main.cf" <<EOF
# Outpost round-trip bench: a private Postfix on 127.0.0.1 that discards every message.
compatibility_level = 3.6
queue_directory = $spool/queue
data_directory = $spool/pfdata
meta_directory = /etc/postfix
mail_owner = postfix
setgid_group = postdrop
maillog_file_prefixes = $out
maillog_file = $out/postfix.log
myhostname = bench.outpost.invalid
mydomain = outpost.invalid
myorigin = \$myhostname
mydestination =
relay_domains =
relayhost =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
# no DNS anywhere; every recipient goes to discard (there is no smtp client service at all)
smtp_dns_support_level = disabled
lmtp_dns_support_level = disabled
smtpd_peername_lookup = no
default_transport = discard:outpost bench
relay_transport = discard:outpost bench
local_transport = discard:outpost bench
virtual_transport = discard:outpost bench
alias_maps =
alias_database =
local_recipient_maps =
smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination
# no deliberate server-side pauses (flow control would sleep up to 1 s per message)
in_flow_delay = 0
smtpd_tls_security_level = may
smtpd_tls_cert_file = $out/server.pem
smtpd_tls_key_file = $out/server.key
smtpd_tls_session_cache_database =
smtpd_tls_auth_only = yes
smtpd_sasl_auth_enable = yes
smtpd_sasl_type = dovecot
smtpd_sasl_path = private/auth
smtpd_banner = \$myhostname ESMTP
biff = no
readme_directory = no
EOF
# Only these services: one smtpd on 127.0.0.1, the queue machinery, and discard. No smtp/lmtp/local.
cat >"$pfx/master.cf" <<EOF
127.0.0.1:$pf_port inet n - n - - smtpd
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
# postfix(1) reports to syslog only, unless stderr is a terminal: `script` gives it one.
if ! script -qec "postfix -c '$pfx' start" "$out/postfix-start.log" >/dev/null 2>&1; then
    die "postfix -c $pfx start failed: $(tr -d '\r' <"$out/postfix-start.log"; tail -5 "$out/postfix.log" 2>/dev/null)"
fi
pf_started=1

# ---- Dovecot: SASL for Postfix only (no protocols, no network listener) -------------------------
printf 'bench:{PLAIN}bench-secret\n' >"$dvc/users"
chgrp dovecot "$dvc/users"
chmod 640 "$dvc/users"
mkdir -p "$spool/dovecot-run" "$spool/dovecot-state"
cat >"$dvc/dovecot.conf" <<EOF
base_dir = $spool/dovecot-run
state_dir = $spool/dovecot-state
instance_name = outpost-rtt-bench
protocols = none
listen = 127.0.0.1
log_path = $out/dovecot.log
ssl = no
auth_mechanisms = plain login
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dvc/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=/nonexistent
}
service auth {
  unix_listener $spool/queue/private/auth {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF
dovecot -F -c "$dvc/dovecot.conf" >"$out/dovecot.out" 2>&1 &
pids+=($!)
echo $! >"$out/dovecot.pid"
for _ in $(seq 100); do [[ -S $spool/queue/private/auth ]] && break; sleep 0.1; done
[[ -S $spool/queue/private/auth ]] || die "dovecot did not start: $(cat "$out/dovecot.out" "$out/dovecot.log" 2>/dev/null)"
for _ in $(seq 100); do python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $pf_port), 1)" 2>/dev/null && break; sleep 0.1; done

# ---- the delaying proxies ----------------------------------------------------------------------
# Outpost and smtplib each get their own proxy at the nominal delay (their own trace file); a third
# one at twice the delay is the second point of the slope (see the figures below).
start_proxy() { # NAME ONE_WAY_MS -> sets ${NAME}_port; a proxy to Postfix with its own trace file
    local name=$1 fifo=$out/$1.stdin fd
    mkfifo "$fifo"
    python3 benches/delay_proxy.py --to "$pf_port" --delay-ms "$2" --trace "$out/trace-$name.jsonl" \
        <"$fifo" >"$out/$name.out" 2>"$out/$name.err" &
    pids+=($!)
    exec {fd}>"$fifo"
    fds+=("$fd")
    for _ in $(seq 100); do
        if grep -q '^READY' "$out/$name.out" 2>/dev/null; then
            printf -v "${name}_port" '%s' "$(awk '/^READY/{print $2}' "$out/$name.out")"
            return
        fi
        sleep 0.1
    done
    die "delay_proxy.py did not start: $(cat "$out/$name.err")"
}
start_proxy px_outpost "$RTT_DELAY_MS"
start_proxy px_smtplib "$RTT_DELAY_MS"
start_proxy px_double $((2 * RTT_DELAY_MS))

if ((serve)); then
    cat >&2 <<EOF
Postfix $(postconf -d -h mail_version) on 127.0.0.1:$pf_port (direct); through the proxy, ${RTT_DELAY_MS} ms each way:
127.0.0.1:$px_outpost_port (trace: $out/trace-px_outpost.jsonl) and 127.0.0.1:$px_smtplib_port;
$((2 * RTT_DELAY_MS)) ms each way: 127.0.0.1:$px_double_port.
STARTTLS with --ca-file $ca; AUTH PLAIN/LOGIN as bench / bench-secret (password file: $out/password).
Postfix log: $out/postfix.log. Press Enter to stop them.
EOF
    read -r _ || true
    exit 0
fi
cal=$(python3 benches/smtplib_rtt.py calibrate --proxy benches/delay_proxy.py --delay-ms "$RTT_DELAY_MS")
ehlo=$(python3 benches/smtplib_rtt.py ehlo --port "$pf_port" --ca-file "$ca")
echo "$ehlo" >"$out/ehlo.json"
say "RTT: Postfix on 127.0.0.1:$pf_port; proxies $((2 * RTT_DELAY_MS)) ms RTT: outpost $px_outpost_port, smtplib $px_smtplib_port; $((4 * RTT_DELAY_MS)) ms RTT: $px_double_port; calibration $cal"

# What Postfix counted per session (its "disconnect" log lines), for one phase of the run
log_mark() { sleep 0.3; wc -c <"$out/postfix.log"; }
log_sessions() { # FROM_OFFSET -> the distinct command counts seen since, most frequent first
    sleep 0.3
    tail -c +"$(($1 + 1))" "$out/postfix.log" | grep -o 'disconnect from [^ ]* .*' | cut -d' ' -f4- \
        | sort | uniq -c | sort -rn | awk '{n=$1; $1=""; printf "%s`%s` (%d)", (NR>1 ? "; " : ""), substr($0, 2), n}'
}

# ---- 1. fresh: one whole send ------------------------------------------------------------------
# timed OUT_JSON CMD...: runs CMD once (stdin: the password), checks it sent, prints wall seconds
timed() {
    RTT_PASSWORD_FILE=$out/password python3 - "$@" <<'EOF'
import json, os, subprocess, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
with open(os.environ["RTT_PASSWORD_FILE"]) as pw:
    t = time.perf_counter()
    r = subprocess.run(cmd, stdin=pw, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    secs = time.perf_counter() - t
open(out, "wb").write(r.stdout + r.stderr)
try:
    d = json.loads(r.stdout)
except ValueError:
    d = {}
ok = r.returncode == 0 and (d.get("ok") is True or len(d.get("sent", [])) > 0)
if not ok:
    sys.exit("failed (rc %d): %s" % (r.returncode, (r.stdout + r.stderr)[-1500:].decode(errors="replace")))
print("%.6f" % secs)
EOF
}
send() { # OUT_JSON PORT -> seconds of one fresh `outpost send`
    timed "$1" "$outpost" send --json --no-queue --host 127.0.0.1 --port "$2" --security starttls --user bench \
        --password-stdin --ca-file "$ca" --from sender@example.com --to rcpt@example.org \
        --subject "Round trip" --body "Round-trip benchmark."
}
say "RTT 1: fresh send (STARTTLS + AUTH, 1 message), $RTT_N runs each: direct, $((2 * RTT_DELAY_MS)) ms and $((4 * RTT_DELAY_MS)) ms RTT in turn"
paths=("$pf_port" "$px_outpost_port" "$px_double_port")
for p in "${paths[@]}"; do # warm-up: Postfix's smtpd processes, page cache
    send "$out/send-warm.json" "$p" >/dev/null || die "outpost send to port $p failed"
done
: >"$out/trace-px_outpost.jsonl"
mark=$(log_mark)
fo=("" "" "")
for i in $(seq "$RTT_N"); do
    for j in 0 1 2; do
        t=$(send "$out/send-$j.json" "${paths[$j]}") || die "outpost send to port ${paths[$j]} failed"
        fo[$j]+="${fo[$j]:+,}$t"
    done
done
seen_outpost_fresh=$(log_sessions "$mark")
cp "$out/trace-px_outpost.jsonl" "$out/trace-fresh-outpost.jsonl"
mark=$(log_mark)
python3 benches/smtplib_rtt.py fresh --ports "$pf_port,$px_smtplib_port,$px_double_port" --runs "$RTT_N" --ca-file "$ca" \
    --user bench --password-file "$out/password" >"$out/fresh-smtplib.json" || die "smtplib fresh sessions failed"
seen_smtplib_fresh=$(log_sessions "$mark")
cp "$out/trace-px_smtplib.jsonl" "$out/trace-fresh-smtplib.jsonl"

# ---- 2. kept: further messages on one connection -----------------------------------------------
say "RTT 2: kept connection, $RTT_M messages vs 1 (STARTTLS, no AUTH), $RTT_KEPT_RUNS runs each, the same three paths"
names=(direct link link2x)
for j in 0 1 2; do
    cat >>"$XDG_CONFIG_HOME/outpost/config.toml" <<EOF
[[account]]
name = "rtt-${names[$j]}"
email = "sender@example.com"
host = "127.0.0.1"
port = ${paths[$j]}
security = "starttls"
auth = "none"
ca_file = "$ca"

EOF
done
chmod 600 "$XDG_CONFIG_HOME/outpost/config.toml"
data=$XDG_DATA_HOME/outpost
flush_n() { # ACCOUNT COUNT -> seconds of `outpost outbox flush` sending COUNT queued messages
    "$bulk" enqueue --data "$data" --count "$2" --body-bytes 2048 --account "$1" >/dev/null || return 1
    local s
    s=$(timed "$out/flush-$1-$2.json" "$outpost" outbox flush --json) || return 1
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); n=len(d["sent"])
if n != int(sys.argv[2]) or d["remaining"]: sys.exit("outpost outbox flush sent %d of %s: %s" % (n, sys.argv[2], d))' \
        "$out/flush-$1-$2.json" "$2" || return 1
    echo "$s"
}
for j in 0 1 2; do
    flush_n "rtt-${names[$j]}" 1 >/dev/null || die "outpost outbox flush (rtt-${names[$j]}) failed"
done
: >"$out/trace-px_outpost.jsonl"
mark=$(log_mark)
ko1=("" "" "") kom=("" "" "")
for i in $(seq "$RTT_KEPT_RUNS"); do
    for j in 0 1 2; do
        t=$(flush_n "rtt-${names[$j]}" 1) || die "outpost outbox flush (rtt-${names[$j]}) failed"
        ko1[$j]+="${ko1[$j]:+,}$t"
        t=$(flush_n "rtt-${names[$j]}" "$RTT_M") || die "outpost outbox flush (rtt-${names[$j]}) failed"
        kom[$j]+="${kom[$j]:+,}$t"
    done
done
seen_outpost_kept=$(log_sessions "$mark")
cp "$out/trace-px_outpost.jsonl" "$out/trace-kept-outpost.jsonl"
: >"$out/trace-px_smtplib.jsonl"
mark=$(log_mark)
python3 benches/smtplib_rtt.py kept --ports "$pf_port,$px_smtplib_port,$px_double_port" --runs "$RTT_KEPT_RUNS" \
    --count "$RTT_M" --body-bytes 2048 --ca-file "$ca" >"$out/kept-smtplib.json" || die "smtplib kept sessions failed"
seen_smtplib_kept=$(log_sessions "$mark")
cp "$out/trace-px_smtplib.jsonl" "$out/trace-kept-smtplib.jsonl"

# ---- figures -----------------------------------------------------------------------------------
# Three estimates of the round trips a send waits for, from the same runs:
#   slope:  (T at 2x RTT - T at 1x RTT) / RTT. Local work (process start, TLS, building the
#           message) and fixed stalls cancel out; only what scales with the link stays. The figure.
#   direct: (T at 1x RTT - T on loopback) / RTT, as first planned. Biased low when the loopback run
#           has waits the proxied one has not (e.g. Postfix's ~40 ms Nagle/delayed-ACK stall after
#           the TLS handshake, which depends on how the client's writes arrive) or when local work
#           overlaps with network waits.
#   raw:    T at 1x RTT / RTT: what a user waits, local time included.
python3 - "$out" "$rtt_s" "$RTT_M" "$cal" "$ehlo" "${fo[@]}" "${ko1[@]}" "${kom[@]}" >"$out/figures.json" <<'EOF'
import json, statistics, sys
out, rtt, m, cal, ehlo = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), json.loads(sys.argv[4]), json.loads(sys.argv[5])
nums = lambda s: [float(x) for x in s.split(",")]
fo = [nums(s) for s in sys.argv[6:9]]
ko1 = [nums(s) for s in sys.argv[9:12]]
kom = [nums(s) for s in sys.argv[12:15]]
med = statistics.median
sf = json.load(open(out + "/fresh-smtplib.json"))["seconds"]
sk = json.load(open(out + "/kept-smtplib.json"))

def flights(path):
    """Per connection: how many separate flights the client sent (runs of c>s chunks)."""
    per = {}
    for line in open(path):
        if line.strip():
            r = json.loads(line)
            per.setdefault(r["c"], []).append(r)
    counts, lates = [], []
    for rs in per.values():
        rs.sort(key=lambda r: r["t"])
        n, last = 0, None
        for r in rs:
            if r["d"] == "c>s" and last != "c>s":
                n += 1
            last = r["d"]
            lates.append(r["late"])
        counts.append(n)
    return sorted(set(counts)), lates

def figures(d, p1, p2):
    """d, p1, p2: seconds per run on loopback, at 1x and at 2x the RTT (runs paired by index)."""
    return {"direct_s": med(d), "link_s": med(p1), "link2x_s": med(p2),
            "slope": med([b - a for a, b in zip(p1, p2)]) / rtt,
            "direct": med([b - a for a, b in zip(d, p1)]) / rtt,
            "raw": med(p1) / rtt,
            "runs": {"direct": d, "link": p1, "link2x": p2}}

def per_msg(one, many):  # seconds per further message, one figure per run
    return [(b - a) / (m - 1) for a, b in zip(one, many)]

f = {"fresh": {"outpost": figures(*fo), "smtplib": figures(*sf)},
     "kept": {"outpost": figures(*[per_msg(a, b) for a, b in zip(ko1, kom)]),
              "smtplib": figures(*[per_msg(a, b) for a, b in zip(sk["one"], sk["many"])])}}
f["kept"]["outpost"]["one_message_link_s"] = med(ko1[1])
f["kept"]["smtplib"]["one_message_link_s"] = med(sk["one"][1])
lates = []
for tool in ("outpost", "smtplib"):
    for kind in ("fresh", "kept"):
        f[kind][tool]["client_flights"], l = flights("%s/trace-%s-%s.jsonl" % (out, kind, tool))
        lates += l
f["calibration"] = cal
f["proxy_late_ms"] = {"median": med(lates), "max": max(lates)} if lates else None
f["ehlo"] = ehlo
print(json.dumps(f, indent=1))
EOF
fig() { python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): d = d[k]
print(round(d, int(sys.argv[3]) if len(sys.argv) > 3 else 2) if isinstance(d, float) else d)' "$out/figures.json" "$@"; }
flights_note() { fig "$1" | tr -d '[] '; }

results=${OUTPOST_BENCH_RESULTS:-$out/results.jsonl}
[[ -n ${OUTPOST_BENCH_RESULTS:-} ]] || : >"$results"
source benches/results.sh
ms=$((2 * RTT_DELAY_MS))
pfv=$(postconf -d -h mail_version 2>/dev/null)
adv=$(python3 -c 'import json,sys; d=json.loads(sys.argv[1]); print(" ".join(x.split()[0] if x.startswith("SIZE") else x for x in d["after_starttls"]) + "; " + d["tls"])' "$ehlo")
record rtt-fresh "Round trips, one fresh send (STARTTLS + AUTH PLAIN, 1 message; \`send --no-queue\` vs smtplib), Postfix over a $ms ms RTT link: (T at $((2 * ms)) ms − T at $ms ms) / $ms ms, median of $RTT_N" \
    RTT lower le_abs:9 "$(fig fresh.outpost.slope)" "{\"smtplib\": $(fig fresh.smtplib.slope)}" \
    "Postfix $pfv (advertises after STARTTLS: $adv) behind benches/delay_proxy.py, $RTT_DELAY_MS ms each way (measured $(fig calibration.rtt_ms) ms per ping, greeting $(fig calibration.greeting_ms) ms after connect; chunks forwarded late by $(fig proxy_late_ms.median 3) ms median, $(fig proxy_late_ms.max 1) ms at most). Client flights per session: Outpost $(flights_note fresh.outpost.client_flights), smtplib $(flights_note fresh.smtplib.client_flights). Postfix counted: Outpost ${seen_outpost_fresh:-?}; smtplib ${seen_smtplib_fresh:-?}"
record rtt-fresh-direct "Round trips, one fresh send: (T at $ms ms − T on loopback) / $ms ms, median of $RTT_N" \
    RTT lower info "$(fig fresh.outpost.direct)" "{\"smtplib\": $(fig fresh.smtplib.direct)}" \
    "on loopback: Outpost $(fig fresh.outpost.direct_s 3) s (whole process), smtplib $(fig fresh.smtplib.direct_s 3) s (in process); biased low when the loopback run has waits the proxied one has not (Postfix's Nagle stall after the TLS handshake) or local work overlaps network waits"
record rtt-fresh-raw "Round trips, one fresh send: T at $ms ms / $ms ms (local time included), median of $RTT_N" \
    RTT lower info "$(fig fresh.outpost.raw)" "{\"smtplib\": $(fig fresh.smtplib.raw)}" \
    "T at $ms ms: Outpost $(fig fresh.outpost.link_s 3) s, smtplib $(fig fresh.smtplib.link_s 3) s"
record rtt-kept "Round trips per further message on a kept connection (\`outbox flush\` of $RTT_M vs 1; smtplib $RTT_M vs 1 in one session; STARTTLS, no AUTH): slope as above, median of $RTT_KEPT_RUNS" \
    RTT lower le_abs:2 "$(fig kept.outpost.slope)" "{\"smtplib\": $(fig kept.smtplib.slope)}" \
    "per message = (T_$RTT_M − T_1) / $((RTT_M - 1)), ~2 KB each. No AUTH: a saved account's password is in the OS keychain, which the bench has not. Postfix counted: Outpost ${seen_outpost_kept:-?}; smtplib ${seen_smtplib_kept:-?}"
record rtt-kept-direct "Round trips per further message on a kept connection: (T at $ms ms − T on loopback) / $ms ms, median of $RTT_KEPT_RUNS" \
    RTT lower info "$(fig kept.outpost.direct)" "{\"smtplib\": $(fig kept.smtplib.direct)}" \
    "on loopback per message: Outpost $(fig kept.outpost.direct_s 4) s, smtplib $(fig kept.smtplib.direct_s 4) s"
record rtt-kept-raw "Round trips per further message on a kept connection: T at $ms ms / $ms ms (local time included), median of $RTT_KEPT_RUNS" \
    RTT lower info "$(fig kept.outpost.raw)" "{\"smtplib\": $(fig kept.smtplib.raw)}" \
    "a one-message connection at $ms ms: Outpost $(fig kept.outpost.one_message_link_s 3) s (\`outbox flush\`), smtplib $(fig kept.smtplib.one_message_link_s 3) s"

say "RTT: figures in $out/figures.json"
if [[ -z ${OUTPOST_BENCH_RESULTS:-} ]]; then
    python3 benches/report.py "$results" "$build" "benches/rtt.sh${args:+ $args}" >"$out/report.md"
    say "report: $out/report.md"
    cat "$out/report.md"
fi

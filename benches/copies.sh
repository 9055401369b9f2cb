#!/usr/bin/env bash
# Copies in Sent (issue 24): Outpost putting sent messages into the Sent folder of a real Dovecot
# over IMAP, side by side with Python's imaplib appending the same bytes to the same server in the
# same run, and how a round of copies costs as the history of copies grows. Part of
# benches/run.sh; runs on its own too:
#
#   benches/copies.sh           release build; 1,000 copies; history of 1,000 / 10,000 / 50,000
#   benches/copies.sh --quick   debug build; 100 copies; history of 1,000 / 5,000
#   benches/copies.sh --outpost PATH --bulk PATH   measure these binaries (no build)
#
# Loopback only: Dovecot (Debian's dovecot-imapd, a private instance with its own configuration,
# implicit TLS on a free port of 127.0.0.1, a private CA) and aiosmtpd for the sends.
#
#   append    N messages (~2 KB text) are sent through `outpost::outbox::flush` (benches/bulk.rs
#             `flush`) for an account that keeps copies, which marks each for a copy; then
#             `bulk copies` saves them all (`save_copies_with`: one connection, sign-in, the Sent
#             folder found by SPECIAL-USE, per copy "in doubt" written and fsynced, APPEND with
#             \Seen, "saved" written and fsynced). The peer, imaplib: one connection, LOGIN, then
#             APPEND of the same N files with \Seen into another folder, nothing written locally.
#             Wall time of each, from connect to the last answer; both folders are then counted.
#   history   a round of copies with nothing due (what each flush and each tick of the window
#             runs) with 1,000 to 50,000 saved copies in the history: median of 5.
#
# Writes target/bench/copies/. Standalone: its own results.jsonl there. Under run.sh
# (OUTPOST_BENCH_RESULTS set): appends to run.sh's results.jsonl and uses its binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

quick=0 outpost=${OUTPOST_BENCH_OUTPOST:-} bulk=${OUTPOST_BENCH_BULK:-} build=${OUTPOST_BENCH_BUILD:-}
while (($#)); do
    case $1 in
        --quick) quick=1 ;;
        --outpost) outpost=$(realpath "$2"); shift ;;
        --bulk) bulk=$(realpath "$2"); shift ;;
        *) echo "usage: benches/copies.sh [--quick] [--outpost PATH --bulk PATH]" >&2; exit 2 ;;
    esac
    shift
done
if ((quick)); then
    COPIES=100 HISTORY=(1000 5000)
else
    COPIES=1000 HISTORY=(1000 10000 50000)
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { echo "copies.sh: $*" >&2; exit 1; }

dovecot=$(command -v dovecot || echo /usr/sbin/dovecot)
if [[ ! -x $dovecot ]] || [[ ! -e /usr/lib/dovecot/imap ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing dovecot-imapd"
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
            --no-install-recommends dovecot-imapd >/dev/null
    else
        die "needs Dovecot's IMAP server: sudo apt-get install dovecot-imapd"
    fi
fi
py=$root/target/test-venv/bin/python
"$py" -c 'import aiosmtpd' 2>/dev/null || die "no aiosmtpd in target/test-venv (run tests/run.sh once)"

# ---- build -------------------------------------------------------------------------------------
if [[ -z $outpost || -z $bulk ]]; then
    source benches/build.sh
    bench_build "$quick"
fi
[[ -x $bulk ]] || die "build artifacts missing"
[[ -n $build ]] || build=$([[ $bulk == */release/* ]] && echo release || echo debug)
export OUTPOST_BENCH_RUSTC=${OUTPOST_BENCH_RUSTC:-$(rustc --version 2>/dev/null || echo rustc?)}

# ---- workspace ---------------------------------------------------------------------------------
out=$root/target/bench/copies
rm -rf "$out"
mkdir -p "$out"
results=${OUTPOST_BENCH_RESULTS:-$out/results.jsonl}
[[ -n ${OUTPOST_BENCH_RESULTS:-} ]] || : >"$results"
source benches/results.sh
source benches/build.sh
pids=()
smtp_fd=
cleanup() {
    set +e
    [[ -n $smtp_fd ]] && exec {smtp_fd}>&-
    for p in "${pids[@]:-}"; do [[ -n $p ]] && kill "$p" 2>/dev/null; done
    wait 2>/dev/null
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

bench_certificates "$out" "Outpost Copies Bench CA"
ca=$out/ca.pem
user=bench@example.com
password='bench-Passw0rd'
printf '%s\n' "$password" >"$out/password"

# ---- Dovecot: a private instance, implicit TLS on 127.0.0.1 -----------------------------------
dvc=$out/dovecot
mkdir -p "$dvc/base" "$dvc/state" "$dvc/mail"
chmod 755 "$out" "$dvc"
if [[ $(id -u) -eq 0 ]]; then
    # Debian's package creates `dovecot` (the mail's owner here) and `dovenull` (logins).
    internal=root:root login=dovenull mail_user=dovecot
    id dovenull >/dev/null 2>&1 || login=nobody
    id dovecot >/dev/null 2>&1 || mail_user=nobody
    chown "$mail_user" "$dvc/mail"
else
    internal=$(id -un):$(id -gn) login=$(id -un) mail_user=$(id -un)
fi
printf '%s:{PLAIN}%s\n' "$user" "$password" >"$dvc/users"
imap_port=$(free_port)
cat >"$dvc/dovecot.conf" <<EOF
# Written by benches/copies.sh.
protocols = imap
listen = 127.0.0.1
base_dir = $dvc/base
state_dir = $dvc/state
log_path = $dvc/dovecot.log
default_internal_user = ${internal%%:*}
default_internal_group = ${internal##*:}
default_login_user = $login
first_valid_uid = 0
first_valid_gid = 0
ssl = yes
ssl_cert = <$out/server.pem
ssl_key = <$out/server.key
disable_plaintext_auth = yes
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:$dvc/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $dvc/users
}
userdb {
  driver = static
  args = uid=$(id -u "$mail_user") gid=$(id -g "$mail_user") home=$dvc/mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox "Sent Items" {
    special_use = \\Sent
    auto = subscribe
  }
}
service imap-login {
  chroot =
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imap_port
    ssl = yes
  }
}
service anvil {
  chroot =
}
EOF
"$dovecot" -F -c "$dvc/dovecot.conf" >"$dvc/dovecot.out" 2>&1 &
pids+=($!)
for _ in $(seq 150); do
    python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $imap_port), 1)" 2>/dev/null && break
    sleep 0.1
done
python3 -c "import socket; socket.create_connection(('127.0.0.1', $imap_port), 1)" 2>/dev/null ||
    die "Dovecot did not start: $(cat "$dvc/dovecot.out" "$dvc/dovecot.log" 2>/dev/null | tail -n 20)"
say "copies: Dovecot $("$dovecot" --version | cut -d' ' -f1) on 127.0.0.1:$imap_port (implicit TLS)"

# ---- aiosmtpd for the sends ----------------------------------------------------------------------
mkfifo "$out/smtpd.in"
"$py" tests/support/smtpd.py --mode plain --spool "$out/spool" <"$out/smtpd.in" \
    >"$out/smtpd.out" 2>"$out/smtpd.err" &
pids+=($!)
exec {smtp_fd}>"$out/smtpd.in"
smtp_port=
for _ in $(seq 100); do
    smtp_port=$(awk '/^READY/{print $2}' "$out/smtpd.out" 2>/dev/null)
    [[ -n $smtp_port ]] && break
    sleep 0.1
done
[[ -n $smtp_port ]] || die "aiosmtpd did not start: $(cat "$out/smtpd.err")"

# ---- 1. N copies: Outpost and imaplib ---------------------------------------------------------
n=$(python3 -c 'import sys; print(f"{int(sys.argv[1]):,}")' "$COPIES")
say "copies: $n sent messages, then their copies in Sent (Outpost), the same bytes (imaplib)"
data=$out/data
common=(--data "$data" --account bench --imap-port "$imap_port" --ca "$ca" --user "$user")
"$bulk" enqueue --data "$data" --count "$COPIES" --body-bytes 2048 --account bench >"$out/enqueue.json"
"$bulk" flush "${common[@]}" --port "$smtp_port" >"$out/flush.json"
grep -q "\"sent\":$COPIES," "$out/flush.json" || die "the sends: $(cat "$out/flush.json")"
"$bulk" copies "${common[@]}" --password-file "$out/password" >"$out/copies.json" 2>"$out/copies.err" ||
    die "bulk copies: $(cat "$out/copies.err" "$out/copies.json")"
outpost_s=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["seconds"])' "$out/copies.json")

# The peer: the same kept bytes, one connection, APPEND each with \Seen.
peer_s=$("$py" - "$imap_port" "$ca" "$user" "$password" "$data/outbox/sent" <<'PY'
import glob, imaplib, ssl, sys, time
port, ca, user, password, sent = sys.argv[1:6]
files = sorted(glob.glob(sent + "/*.eml"))
messages = [open(f, "rb").read() for f in files]
context = ssl.create_default_context(cafile=ca)
start = time.perf_counter()
imap = imaplib.IMAP4_SSL("127.0.0.1", int(port), ssl_context=context, timeout=60)
imap.login(user, password)
imap.create('"Peer Sent"')
for m in messages:
    typ, _ = imap.append('"Peer Sent"', r"(\Seen)", None, m)
    assert typ == "OK", typ
imap.logout()
print(round(time.perf_counter() - start, 4))
PY
)
# Both folders hold N messages, all seen.
"$py" - "$imap_port" "$ca" "$user" "$password" "$COPIES" <<'PY' || die "the folders do not hold the copies"
import imaplib, ssl, sys
port, ca, user, password, n = sys.argv[1:6]
imap = imaplib.IMAP4_SSL("127.0.0.1", int(port), ssl_context=ssl.create_default_context(cafile=ca), timeout=60)
imap.login(user, password)
for folder in ('"Sent Items"', '"Peer Sent"'):
    typ, data = imap.select(folder, readonly=True)
    count = int(data[0])
    typ, unseen = imap.search(None, "UNSEEN")
    if count != int(n) or unseen[0].split():
        sys.exit(f"{folder}: {count} messages, {len(unseen[0].split())} unseen; expected {n}, 0")
imap.logout()
PY
record copies-append "Copies in Sent, $n messages of ~2 KB into Dovecot over TLS (\`save_copies_with\`, each marked in doubt and saved on disk with fsync, vs imaplib APPEND only): wall time" \
    s lower info "$outpost_s" "{\"imaplib\": $peer_s}" \
    "$build build; per copy: Outpost $(python3 -c "print(round(1000*$outpost_s/$COPIES, 2))") ms, imaplib $(python3 -c "print(round(1000*$peer_s/$COPIES, 2))") ms"

# ---- 2. a round with nothing due, as the history of copies grows --------------------------------
say "copies: a round with nothing due, with ${HISTORY[*]} saved copies in the history"
for h in "${HISTORY[@]}"; do
    "$bulk" copies-history --data "$out/history-$h" --sent "$h" --account bench >"$out/history-$h.json"
    s=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["seconds"])' "$out/history-$h.json")
    ms=$(python3 -c "print(round(1000*$s, 3))")
    hn=$(python3 -c 'import sys; print(f"{int(sys.argv[1]):,}")' "$h")
    record "copies-round-$h" "A round of copies with nothing due, $hn saved copies in the history (each flush and each tick of the window): median of 5" \
        ms lower info "$ms" '{}' "$build build; reads the list of unsaved copies (outbox/copies-unsaved/), not the history"
done
if [[ -z ${OUTPOST_BENCH_RESULTS:-} ]]; then
    python3 benches/report.py "$results" "$build" "benches/copies.sh$( ((quick)) && echo " --quick")" >"$out/report.md"
    cat "$out/report.md"
fi

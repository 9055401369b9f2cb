#!/usr/bin/env bash
# Runs the Windows build under Wine, headless, on loopback only, and fails (exit 1, with the reason
# on stderr) when any step does not do what it must:
#   packaging/windows/smoke.sh [EXE]    (default: the release build of packaging/windows/build.sh)
#
#  1. outpost.exe --version                       the version of Cargo.toml
#  2. detect ada@gmail.com --offline --json       Gmail's preset (no network)
#  3. check, STARTTLS + AUTH, against aiosmtpd    with a CA made here (--ca-file)
#  4. accounts add --password-stdin                password into Wine's Credential Manager
#     send --account                              the password read back from there
#     a password too long for Credential Manager  keychain_secret_too_long, nothing saved
#  5. four messages queued (send --at), then two `outbox flush` at once: each message arrives once
#  6. the window: opens under Xvfb, with dark text on its light background (a screenshot); time to
#     visible text and the memory of the process, next to the Linux binary's when there is one
#  7. the language, the Windows way: with no LANG/LC_* in the program's environment, a user whose
#     Windows is in French reads French (GetUserPreferredUILanguages), one in English English
#  8. with SMOKE_MSI=PATH (build.sh --msi): Wine's msiexec installs it per user, a version after it
#     (made here with wixl) replaces it, and uninstalling leaves nothing behind
# Every step runs as a Windows user named "Zoë Ünal", from a folder "Mes programmes\Outpost ü": a
# space and letters beyond ASCII in %APPDATA%, %LOCALAPPDATA% and the program's path (step 4 checks
# that the files land in that profile).
#
# Steps 3-5 need Python with aiosmtpd: ${CARGO_TARGET_DIR:-target}/test-venv (tests/run.sh makes
# it) or $SMOKE_PYTHON.
# Installs (as root, when missing) wine, Xvfb, ImageMagick, x11-utils, mingw-w64, openssl and
# locales, and makes the fr_FR.UTF-8 locale (step 7).
# Wine 8 lacks bcryptprimitives.dll, from which Rust's standard library takes its random numbers:
# a stand-in (bcryptprimitives.c, for these tests only) is built and put in the prefix's system32.
# Figures are printed as "figure: NAME VALUE" lines (packaging/windows/NOTES.md keeps them).
# Also: SMOKE_SCREENSHOT=FILE keeps the window's screenshot; SMOKE_LINUX_BIN (default
# target/release/outpost, skipped when missing) is the Linux binary measured for comparison;
# SMOKE_KEEP=1 keeps the work folder (prefix, logs, spool) after a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

target_dir=${CARGO_TARGET_DIR:-target/windows}
exe=${1:-$target_dir/x86_64-pc-windows-gnu/release/outpost.exe}
[ -f "$exe" ] || { echo "smoke.sh: $exe not found (run packaging/windows/build.sh)" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)

fail() {
  echo "smoke.sh: FAILED: $*" >&2
  exit 1
}
say() { echo "smoke.sh: $*" >&2; }

packages=(wine wine64 xvfb imagemagick x11-utils gcc-mingw-w64-x86-64 openssl locales)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
done
if ((${#missing[@]})); then
  [ "$(id -u)" = 0 ] || fail "missing Debian packages: ${missing[*]} (run as root to install them)"
  say "installing ${missing[*]}"
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi
# Wine takes the Windows user's language from the Unix locale, which must exist (step 7).
if ! locale -a 2>/dev/null | grep -qix 'fr_FR.utf8'; then
  [ "$(id -u)" = 0 ] || fail "the fr_FR.UTF-8 locale is missing (as root: localedef -i fr_FR -c -f UTF-8 fr_FR.UTF-8)"
  localedef -i fr_FR -c -f UTF-8 fr_FR.UTF-8 || fail "localedef fr_FR.UTF-8 failed"
fi
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)

work=$(mktemp -d /tmp/outpost-smoke.XXXXXX)
pids=()
cleanup() {
  local status=$?
  exec 7>&- 2>/dev/null || true # the SMTP server's stdin: EOF stops it
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  WINEPREFIX=$work/prefix timeout 20 /usr/lib/wine/wineserver -k 2>/dev/null || true
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$status" = 0 ] || [ -z "${SMOKE_KEEP:-}" ]; then rm -rf "$work"; else say "kept $work"; fi
}
trap cleanup EXIT

# Paths as real users have them: a space and letters beyond ASCII in the program's folder and in the
# user's name, hence in %APPDATA% and %LOCALAPPDATA% (Wine names the profile after $USER).
app_dir="$work/Mes programmes/Outpost ü"
export USER="Zoë Ünal"
mkdir -p "$app_dir"
cp "$exe" "$app_dir/outpost.exe"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$work/bcryptprimitives.dll" \
  packaging/windows/bcryptprimitives.c -ladvapi32

# A display for Wine (its X11 driver) and for the window.
display=
for n in $(seq 90 120); do
  [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { display=:$n; break; }
done
[ -n "$display" ] || fail "no free X display number"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo -display "$display" >/dev/null 2>&1 || fail "Xvfb did not start on $display"

export DISPLAY=$display WINEPREFIX=$work/prefix WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko installer prompts while the prefix is made.
export WINEDLLOVERRIDES="mscoree,mshtml="
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }'; }
start=$(date +%s.%N)
timeout 180 "$wine" wineboot --init >"$work/wineboot.log" 2>&1 ||
  fail "wineboot: $(tail -n 20 "$work/wineboot.log")"
timeout 60 /usr/lib/wine/wineserver -w || true
# One wineserver for the whole run: by default it exits 3 s after its last program, and a program
# started in that moment can fail without a word.
/usr/lib/wine/wineserver -p
# The stand-in goes where Windows has the real one, so the installed copy (step 7) finds it too.
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
say "Wine prefix ready in $(since "$start") s"

# Runs outpost.exe with the rest of the arguments, stdin from $input (default: empty). Sets $out,
# $err and $code; never exits on a non-zero code (the caller judges it).
input=
run() {
  code=0
  printf '%s' "$input" | timeout 120 "$wine" "$app_dir/outpost.exe" "$@" \
    >"$work/out" 2>"$work/err" || code=$?
  out=$(cat "$work/out")
  err=$(cat "$work/err")
  input=
}
expect() { # expect DESCRIPTION EXPECTED_CODE PATTERN: $out must match PATTERN (grep -E)
  [ "$code" = "$2" ] || fail "$1: exit code $code, expected $2
stdout: $out
stderr: $err"
  grep -Eq -- "$3" <<<"$out" || fail "$1: output does not match /$3/
stdout: $out
stderr: $err"
  say "ok: $1"
}
winpath() { "$wine" winepath -w "$1" 2>/dev/null | tr -d '\r'; }

figure() { echo "figure: $1 $2"; }
figure exe_bytes "$(stat -c %s "$exe")"

# 1-2: no network at all.
run --version
expect "--version" 0 "^outpost $version\$"
run detect ada@gmail.com --offline --json
expect "detect --offline --json" 0 '"smtp\.gmail\.com"'

# 3-5: a real SMTP server on 127.0.0.1, STARTTLS with a certificate from a CA made here.
python=${SMOKE_PYTHON:-${CARGO_TARGET_DIR:-$root/target}/test-venv/bin/python}
if ! "$python" -c 'import aiosmtpd' 2>/dev/null; then
  fail "no Python with aiosmtpd at $python (run tests/run.sh once, or set SMOKE_PYTHON)"
fi
(
  cd "$work"
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Outpost smoke CA" \
    -keyout ca.key -out ca.pem -addext basicConstraints=critical,CA:TRUE \
    -addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout server.key -out server.csr \
    2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >ext
  openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
    -extfile ext -out server.pem 2>/dev/null
)
mkfifo "$work/smtpd.in"
"$python" tests/support/smtpd.py --mode starttls --spool "$work/spool" \
  --cert "$work/server.pem" --key "$work/server.key" --auth "ada@example.com:s3cret-pw" \
  <"$work/smtpd.in" >"$work/smtpd.out" 2>"$work/smtpd.err" &
pids+=($!)
exec 7>"$work/smtpd.in"
port=
for _ in $(seq 100); do
  port=$(sed -n 's/^READY \([0-9]*\)$/\1/p' "$work/smtpd.out")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || fail "the SMTP server did not start: $(cat "$work/smtpd.err")"
ca=$(winpath "$work/ca.pem")
server=(--host 127.0.0.1 --port "$port" --security starttls --ca-file "$ca")
delivered() { find "$work/spool" -name '*.json' 2>/dev/null | wc -l; }

input=$'s3cret-pw\n'
run check --json "${server[@]}" --user ada@example.com --password-stdin
expect "check (STARTTLS, AUTH, test CA)" 0 '"ok": *true'

input=$'s3cret-pw\n'
run accounts add --json --name work --email ada@example.com --display-name "Ada Example" \
  "${server[@]}" --password-stdin
expect "accounts add --password-stdin (Credential Manager)" 0 '"password_stored": *true|"ok": *true'
run accounts show work --json
expect "accounts show: the password is in Credential Manager" 0 '"password_stored": *true'

run send --json --account work --to bob@example.org --subject "Grüße from Wine ✓" --body "Hello"
expect "send with the stored password" 0 '"ok": *true|"sent"'
[ "$(delivered)" = 1 ] || fail "send: the server has $(delivered) messages, expected 1"
grep -q '"auth_user": "ada@example.com"' "$work"/spool/1.json || fail "send: not signed in as ada"

# Credential Manager holds at most 2,560 bytes (1,280 UTF-16 units): refused by name, not cut.
input="$(head -c 1400 /dev/zero | tr '\0' 'x')"$'\n'
run accounts add --json --name toolong --email long@example.com "${server[@]}" --password-stdin
[ "$code" != 0 ] || fail "a 1,400-character password was accepted: $out"
grep -q 'keychain_secret_too_long' <<<"$out$err" || fail "too long a password: no keychain_secret_too_long
stdout: $out
stderr: $err"
run accounts show toolong --json
[ "$code" != 0 ] || fail "the account whose password was refused was saved anyway: $out"
say "ok: a password too long for Credential Manager is keychain_secret_too_long, nothing saved"

# The files went into the profile of "Zoë Ünal" (%APPDATA%), not somewhere with a mangled name.
profile=$WINEPREFIX/drive_c/users/$USER
config=$profile/AppData/Roaming/Outpost/Outpost/config/config.toml
[ -f "$config" ] || fail "no config.toml in $profile/AppData/Roaming: $(find "$WINEPREFIX/drive_c/users" -name config.toml)"
grep -q 'ada@example.com' "$config" || fail "the account is not in $config"
others=$(find "$WINEPREFIX/drive_c/users" -path "$profile" -prune -o -path '*/Public' -prune -o \
  -name config.toml -print)
[ -z "$others" ] || fail "a config.toml outside the user's profile: $others"
say "ok: the files are in C:\\users\\$USER\\AppData\\Roaming\\Outpost"

# 5: messages due in a few seconds, then two flushes at once: each message goes out exactly once.
at=$(date -u -d '+40 seconds' +%Y-%m-%dT%H:%M:%SZ)
for n in 1 2 3 4; do
  run send --json --account work --to "r$n@example.org" --subject "queued $n" --body "n=$n" --at "$at"
  expect "send --at (queued $n)" 0 'scheduled_for'
done
while [ "$(date -u +%s)" -le "$(date -u -d "$at" +%s)" ]; do sleep 1; done
timeout 120 "$wine" "$app_dir/outpost.exe" outbox flush --json >"$work/flush1" 2>&1 &
flush1=$!
timeout 120 "$wine" "$app_dir/outpost.exe" outbox flush --json >"$work/flush2" 2>&1 &
flush2=$!
wait "$flush1" || fail "outbox flush (1): $(cat "$work/flush1")"
wait "$flush2" || fail "outbox flush (2): $(cat "$work/flush2")"
[ "$(delivered)" = 5 ] || fail "two flushes at once: $(delivered) messages on the server, expected 5
flush 1: $(cat "$work/flush1")
flush 2: $(cat "$work/flush2")"
for n in 1 2 3 4; do
  c=$(grep -l "\"r$n@example.org\"" "$work"/spool/*.json | wc -l)
  [ "$c" = 1 ] || fail "message $n arrived $c times"
done
say "ok: two outbox flushes at once sent each of 4 messages once"

# 6: the window. Time from start to a window with text on it; the screenshot must have dark text
# pixels on a light background (a window without fonts shows only its light background).
# Dark text: the share of the window's pixels whose every channel is below 40%, in ten-thousandths.
# Coloured areas (the blue buttons, the focus ring) are not dark in every channel, and a window
# without text has next to none such pixels (the text cursor): at least 10 (0.1%) means text.
# Measured with text: 22 (the first-run wizard), 51 (the accounts list).
dark_share() {
  convert "$1" -channel RGB -separate -evaluate-sequence Max -threshold 40% -negate \
    -format '%[fx:int(mean*10000)]' info:
}
mean_grey() { convert "$1" -colorspace Gray -format '%[fx:int(mean*100)]' info:; }
# The main window: its title is "Outpost" or "<page> – Outpost"; the biggest such window.
window_id() {
  xwininfo -display "$display" -root -tree 2>/dev/null |
    awk '/"[^"]*Outpost"/ && match($0, / [0-9]+x[0-9]+\+/) {
      split(substr($0, RSTART + 1, RLENGTH - 2), wh, "x")
      if (wh[1] * wh[2] > best) { best = wh[1] * wh[2]; id = $1 }
    } END { if (id) print id }'
}
measure_window() { # measure_window LABEL COMMAND...: sets $window_seconds, $seconds, $rss_kb, $shot
  local label=$1 pid t0 id=
  shift
  t0=$(date +%s.%N)
  "$@" >"$work/$label.out" 2>&1 &
  pid=$!
  pids+=("$pid")
  window_seconds=
  seconds=
  shot=$work/$label.png
  for _ in $(seq 300); do
    [ -n "$id" ] || id=$(window_id)
    [ -z "$id" ] || [ -n "$window_seconds" ] || window_seconds=$(since "$t0")
    if [ -n "$id" ] && import -display "$display" -window "$id" "$shot" 2>/dev/null &&
      [ "$(dark_share "$shot")" -ge 10 ]; then
      seconds=$(since "$t0")
      break
    fi
    sleep 0.1
  done
  sleep 3 # settled: the memory after the first frames
  # Wine runs the program in the process it started (wine64 execs its preloader).
  rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  if [ -n "$id" ]; then import -display "$display" -window "$id" "$shot" 2>/dev/null || true; fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
measure_window wine "$wine" "$app_dir/outpost.exe"
[ -n "$seconds" ] || fail "the window did not show text within 30 s (last screenshot: $shot)
$(cat "$work/wine.out")"
dark=$(dark_share "$shot")
grey=$(mean_grey "$shot")
[ "$grey" -ge 60 ] || fail "the window's background is not light (mean grey $grey%): $shot"
say "ok: the window shows text (dark pixels ${dark}‱ on a ${grey}% light background)"
figure wine_window_seconds "$window_seconds"
figure wine_window_text_seconds "$seconds"
figure wine_window_rss_kb "$rss_kb"
[ -z "${SMOKE_SCREENSHOT:-}" ] || cp "$shot" "$SMOKE_SCREENSHOT"

linux=${SMOKE_LINUX_BIN:-target/release/outpost}
if [ -x "$linux" ]; then
  # Its own empty home, so it starts as the Windows one did (no account: the first-run wizard).
  mkdir -p "$work/home"
  measure_window linux env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
    XDG_DATA_HOME="$work/home/.local/share" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
    "$linux"
  if [ -n "$seconds" ]; then
    figure linux_window_seconds "$window_seconds"
    figure linux_window_text_seconds "$seconds"
    figure linux_window_rss_kb "$rss_kb"
  else
    say "the Linux binary $linux showed no text within 30 s (not judged here)"
  fi
fi
# 7: the language, the Windows way. Wine sets the Windows user's UI languages from LC_MESSAGES when a
# program starts, and also copies LC_*/LANG into the program's environment, where Outpost would
# read them first (as it does on Unix): a batch file removes them, so the French can only come from
# Windows' own setting. The same run without the French setting must be English.
printf '@echo off\r\nset LC_ALL=\r\nset LC_MESSAGES=\r\nset LANG=\r\n"%%OUTPOST_EXE%%" %%*\r\n' \
  >"$work/windows-language.bat"
in_windows_language() { # in_windows_language UNIX_LOCALE: `check` against a closed port
  code=0
  env -u LC_ALL LANG=C.UTF-8 LC_MESSAGES="$1" OUTPOST_EXE="$(winpath "$app_dir/outpost.exe")" \
    timeout 120 "$wine" cmd /c "$(winpath "$work/windows-language.bat")" \
    check --host 127.0.0.1 --port 1 --security starttls >"$work/out" 2>"$work/err" || code=$?
  out=$(cat "$work/out" "$work/err")
}
in_windows_language fr_FR.UTF-8
grep -q 'Rien ne répond sur le port 1 de 127.0.0.1' <<<"$out" ||
  fail "Windows in French: the message is not French (exit $code): $out"
in_windows_language C.UTF-8
grep -q 'Nothing answers on port 1 of 127.0.0.1' <<<"$out" ||
  fail "Windows in English: the message is not English (exit $code): $out"
say "ok: the language comes from Windows' setting (French, English) with no LANG in the environment"

# 8: the installer, with Wine's msiexec (quiet, as the user: no elevation is asked for).
if [ -n "${SMOKE_MSI:-}" ]; then
  command -v wixl >/dev/null || fail "SMOKE_MSI needs wixl (apt-get install wixl)"
  [ -f "$SMOKE_MSI" ] || fail "no MSI at $SMOKE_MSI"
  cp "$SMOKE_MSI" "$work/first.msi"
  # The next version: the same files, Version's last part raised.
  next=${version%.*}.$((${version##*.} + 1))
  # wixl cannot read a source path beyond ASCII ("Invalid byte sequence in conversion input").
  ln "$app_dir/outpost.exe" "$work/next-outpost.exe"
  wixl -a x64 -D Version="$next" \
    -D BinaryPath="$(realpath --relative-to=packaging/windows "$work/next-outpost.exe")" \
    -o "$work/next.msi" packaging/windows/outpost.wxs
  user_dir=$(ls -d "$WINEPREFIX"/drive_c/users/*/AppData 2>/dev/null | grep -v /Public/ | head -n1)
  [ -n "$user_dir" ] || fail "no user profile in the Wine prefix"
  installed=$user_dir/Local/Programs/Outpost/outpost.exe
  shortcut="$user_dir/Roaming/Microsoft/Windows/Start Menu/Programs/Outpost.lnk"
  products() { "$wine" reg query 'HKCU\Software\Microsoft\Installer\Products' 2>/dev/null | tr -d '\r' | grep -c 'Products\\' || true; }
  msiexec() { timeout 120 "$wine" msiexec "$@" /qn >"$work/msiexec.log" 2>&1; }

  msiexec /i "$(winpath "$work/first.msi")" || fail "msiexec /i $version: $(cat "$work/msiexec.log")"
  [ -f "$installed" ] || fail "MSI $version: no $installed"
  [ -f "$shortcut" ] || fail "MSI $version: no Start-menu shortcut ($shortcut)"
  cmp -s "$installed" "$exe" || fail "MSI $version: the installed exe is not the one built"
  [ "$(products)" = 1 ] || fail "MSI $version: $(products) per-user products registered, expected 1"
  input=
  code=0
  timeout 60 "$wine" "$installed" --version >"$work/out" 2>&1 || code=$?
  grep -q "^outpost $version" "$work/out" || fail "the installed exe: $(cat "$work/out")"
  say "ok: MSI $version installed per user (exe, Start-menu shortcut, one product)"

  msiexec /i "$(winpath "$work/next.msi")" || fail "msiexec /i $next: $(cat "$work/msiexec.log")"
  [ -f "$installed" ] || fail "MSI $next: no $installed after the upgrade"
  [ "$(products)" = 1 ] || fail "MSI $next over $version: $(products) products registered (the major upgrade did not remove the older one)"
  say "ok: MSI $next replaced $version (major upgrade)"

  msiexec /x "$(winpath "$work/next.msi")" || fail "msiexec /x: $(cat "$work/msiexec.log")"
  [ ! -e "$installed" ] || fail "uninstall left $installed"
  [ ! -e "$shortcut" ] || fail "uninstall left the shortcut"
  [ ! -d "$(dirname "$installed")" ] || fail "uninstall left the folder $(dirname "$installed")"
  [ "$(products)" = 0 ] || fail "uninstall left $(products) products registered"
  say "ok: uninstalling removed the exe, the shortcut, the folder and the registration"
fi
say "all passed"

#!/usr/bin/env bash
# The one test command: installs the test peers when missing, then runs every test with one build.
#   tests/run.sh [extra cargo test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }

# Debian packages: the keychain (gnome-keyring in its own D-Bus session; secret-tool and gdbus to
# look into it), openssl and swaks for poking at servers by hand, the display for the GUI tests
# (Xvfb, xdotool, xwininfo, ImageMagick's import), the packaging checks (desktop-file-validate,
# appstreamcli, dpkg tools for the .deb), and LibreOffice without its windows (soffice --headless),
# which writes the mail-merge tests' spreadsheets: XLSX, ODS, CSV in each delimiter and encoding.
# Dovecot (dovecot-imapd, its IMAP server) is the real IMAP server sent copies are saved to.
packages=(dbus gnome-keyring libsecret-tools libglib2.0-bin openssl swaks
          xvfb xdotool x11-utils imagemagick python3-venv ca-certificates
          desktop-file-utils appstream dpkg-dev binutils libreoffice-calc-nogui
          dovecot-imapd)
tools=(dbus-run-session dbus-send gnome-keyring-daemon secret-tool gdbus openssl swaks
       Xvfb xdotool xwininfo import
       desktop-file-validate appstreamcli dpkg-shlibdeps strip soffice
       dovecot)
missing=()
# dovecot lives in /usr/sbin, which a normal user's PATH may lack.
for t in "${tools[@]}"; do
    command -v "$t" >/dev/null 2>&1 || [[ -x /usr/sbin/$t ]] || missing+=("$t")
done
# dovecot-core alone has no IMAP server.
[[ ! -d /usr/lib/dovecot || -x /usr/lib/dovecot/imap ]] || missing+=(dovecot-imapd)
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing test peers (missing: ${missing[*]})"
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 update -qq
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    else
        echo "missing: ${missing[*]}" >&2
        echo "install them with: sudo apt-get install ${packages[*]}" >&2
        exit 1
    fi
fi

# aiosmtpd, the real SMTP server the tests send to (tests/support/smtpd.py), in a venv under the
# target dir. Recreated when it is missing or cannot import aiosmtpd.
target=${CARGO_TARGET_DIR:-target}
venv=$target/test-venv
aiosmtpd_version=1.4.6
if ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
    say "creating $venv with aiosmtpd $aiosmtpd_version"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check "aiosmtpd==$aiosmtpd_version"
fi
OUTPOST_TEST_PYTHON=$(cd "$venv/bin" && pwd)/python
export OUTPOST_TEST_PYTHON
say "test python: $OUTPOST_TEST_PYTHON (aiosmtpd $("$OUTPOST_TEST_PYTHON" -c 'import aiosmtpd; print(aiosmtpd.__version__)'))"

# Four tests at a time on two cores: most of them wait on a server, a deadline or a child process,
# not on the CPU (the `it` binary: 136 s with two at a time, 95 s with four).
export RUST_TEST_THREADS=${RUST_TEST_THREADS:-4}
# `--tests`: the library's unit tests and `tests/it` (which builds the binary it runs); the binary has
# no tests of its own (`test = false`), and the bench helper is built by `benches/run.sh`.
say "building and running the tests: cargo test --tests --locked --no-fail-fast $*"
cargo test --tests --locked --no-fail-fast "$@"

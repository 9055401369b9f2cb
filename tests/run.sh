#!/usr/bin/env bash
# The one test command: installs the test peers when missing, then runs every test with one build.
#   tests/run.sh [extra cargo test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Debian packages: the keychain (gnome-keyring in its own D-Bus session, secret-tool to check it)
# the display for the smoke test (Xvfb, xdotool, ImageMagick's import), and the packaging
# checks (desktop-file-validate, appstreamcli, dpkg tools for the .deb).
packages=(dbus gnome-keyring libsecret-tools xvfb xdotool x11-utils imagemagick python3-venv ca-certificates
          desktop-file-utils appstream dpkg-dev binutils)
tools=(dbus-run-session gnome-keyring-daemon secret-tool Xvfb xdotool import
       desktop-file-validate appstreamcli dpkg-shlibdeps strip)
missing=()
for t in "${tools[@]}"; do command -v "$t" >/dev/null 2>&1 || missing+=("$t"); done
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        say "installing test peers (${missing[*]})"
        export DEBIAN_FRONTEND=noninteractive
        apt-get -o DPkg::Lock::Timeout=300 update -qq
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
    else
        echo "missing: ${missing[*]}" >&2
        echo "install them with: sudo apt-get install ${packages[*]}" >&2
        exit 1
    fi
fi

# aiosmtpd, the real SMTP server the tests send to, in a venv under target/.
venv=target/test-venv
if ! "$venv/bin/python" -c 'import aiosmtpd' 2>/dev/null; then
    say "creating $venv with aiosmtpd"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --disable-pip-version-check 'aiosmtpd==1.4.6'
fi
export OUTPOST_TEST_PYTHON="$PWD/$venv/bin/python"

say "building and running the tests"
cargo test --all-targets --locked --no-fail-fast "$@"

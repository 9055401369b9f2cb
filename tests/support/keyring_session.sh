#!/bin/sh
# Runs inside dbus-run-session (see KeyringSession in tests/support/peers.rs):
#   dbus-run-session -- sh keyring_session.sh STATEFILE
# Starts gnome-keyring's Secret Service with a throwaway password, so the login keyring exists, is
# unlocked and is the default collection; waits until it owns org.freedesktop.secrets on the bus;
# writes DBUS_SESSION_BUS_ADDRESS to STATEFILE (temp file + rename); then keeps the session alive
# until our stdin closes, and stops the daemon before dbus-run-session stops the bus.
#
# The daemon runs in the foreground as our child: daemonized, it could outlive the session when the
# session ended before it had connected to the bus (seen under parallel tests).
set -eu
state=$1

printf '%s' "outpost-throwaway-password" |
    gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
daemon=$!

stop_daemon() {
    kill "$daemon" 2>/dev/null || return 0
    i=0
    while kill -0 "$daemon" 2>/dev/null && [ $i -lt 50 ]; do i=$((i + 1)); sleep 0.1; done
    kill -9 "$daemon" 2>/dev/null || true
}

i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'; do
    if ! kill -0 "$daemon" 2>/dev/null; then
        echo "keyring_session.sh: gnome-keyring-daemon exited before registering on the bus" >&2
        exit 1
    fi
    i=$((i + 1))
    if [ $i -ge 200 ]; then
        echo "keyring_session.sh: gnome-keyring-daemon did not register on the bus within 10 s" >&2
        stop_daemon
        exit 1
    fi
    sleep 0.05
done

printf '%s\n' "$DBUS_SESSION_BUS_ADDRESS" > "$state.tmp"
mv "$state.tmp" "$state"

cat > /dev/null || true
stop_daemon
wait "$daemon" 2>/dev/null || true

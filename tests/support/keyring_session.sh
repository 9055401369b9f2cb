#!/bin/sh
# Runs inside dbus-run-session: starts gnome-keyring's Secret Service with a throwaway password (so
# the login keyring exists, is unlocked and is the default collection), publishes the bus address,
# and keeps the session alive until the test closes our stdin.
set -e
printf '%s' "outpost-throwaway-password" | gnome-keyring-daemon --unlock --components=secrets > /dev/null
printf '%s\n' "$DBUS_SESSION_BUS_ADDRESS" > "$1.tmp"
mv "$1.tmp" "$1"
cat > /dev/null

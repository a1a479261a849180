#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with a real, unlocked gnome-keyring Secret Service
# and a throw-away home directory, so tests never touch a user's keyring.
set -eu
home=$(mktemp -d /tmp/cutover-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    # The keyring password only protects this throw-away keyring.
    printf "%s" "throwaway-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"; status=$?
    pkill -u "$(id -u)" -f "gnome-keyring-daemon.*--components=secrets" -P $$ 2>/dev/null || true
    exit $status' sh "$@"

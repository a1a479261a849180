#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./run bench NAME [options]: speed and memory figures, never part of ./run test.
set -euo pipefail
build=$1
shift
name=${1:-}
shift || true
here=$(dirname "$(readlink -f "$0")")
case "$name" in
copy)
    if ! command -v mydumper >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends mydumper
    fi
    exec "$build/bench/cutover-bench-copy" "$@"
    ;;
sftp)
    if [ -x "$here/sftp/bench-sftp.sh" ]; then exec "$here/sftp/bench-sftp.sh" "$build" "$@"; fi
    ;;
gui)
    if [ -x "$build/bench/gui/bench-gui" ]; then exec "$build/bench/gui/bench-gui" "$@"; fi
    ;;
cutover)
    if [ -x "$build/bench/cutover/cutover-bench-cutover" ]; then
        exec "$build/bench/cutover/cutover-bench-cutover" "$@"
    fi
    ;;
esac
echo "usage: ./run bench copy [--size 2G] | sftp [--mb 300] | gui [--trace] | cutover [--size-gb 1] [--both-paths]" >&2
echo "run bench: '$name' is not available in this build" >&2
exit 2

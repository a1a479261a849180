#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./run demo: two sandbox appliances on loopback — a populated, licensed source and an empty,
# unlicensed target — then the wizard on them, or cutover-cli when there is no display.
set -euo pipefail
build=$1
shift || true
sandbox=$build/tests/sandbox/cutover-sandbox
source_addr=127.0.100.1
target_addr=127.0.100.2
# The demo's journal and trust store belong to the demo appliances, which are new each time.
export CUTOVER_DATA_DIR=${CUTOVER_DATA_DIR:-/tmp/cutover-demo-data}
rm -rf "$CUTOVER_DATA_DIR"

echo "demo: starting the source appliance on $source_addr (sakila database, license, traffic logs)"
"$sandbox" down demo-source --quiet
"$sandbox" down demo-target --quiet
src=$("$sandbox" up demo-source --address $source_addr --dataset sakila --license active \
    --host-name hotspot-old --settings "$(dirname "$0")/demo-source-settings.json")
echo "demo: starting the empty, unlicensed target appliance on $target_addr"
tgt=$("$sandbox" up demo-target --address $target_addr --dataset none --license none --host-name hotspot-new)
trap '"$sandbox" down demo-source --keep --quiet; "$sandbox" down demo-target --keep --quiet' EXIT

# The passwords go to Cutover through the environment, never through argv.
CUTOVER_SOURCE_PASSWORD=$(jq -r .adminPassword <<<"$src")
CUTOVER_TARGET_PASSWORD=$(jq -r .adminPassword <<<"$tgt")
export CUTOVER_SOURCE_PASSWORD CUTOVER_TARGET_PASSWORD
# The traffic logs go up to the target's import directory over SFTP (its sshd's import port);
# Cutover stages them in its own data directory and removes that copy afterwards.
src_fp=$(jq -r .tlsSha256 <<<"$src")
tgt_fp=$(jq -r .tlsSha256 <<<"$tgt")

echo "demo: source TLS fingerprint $src_fp"
echo "demo: target TLS fingerprint $tgt_fp"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$build/app/wizard/cutover" ]; then
    "$build/app/wizard/cutover" --source $source_addr --target $target_addr "$@"
else
    echo "demo: no display — running the same migration with cutover-cli"
    "$build/app/cli/cutover-cli" migrate --source $source_addr --target $target_addr \
        --trust-source "$src_fp" --trust-target "$tgt_fp" --migrate-license --copy-traffic-logs --yes "$@"
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tools/screenshots.sh [BUILD_DIR] [OUT_DIR]: screenshots of every wizard page, in English and in
# German, taken from a real window under xvfb-run while the wizard migrates between two sandbox
# appliances (the wizard's hidden --screenshots option walks the pages and grabs its window).
set -euo pipefail
top=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
build=${1:-$top/build}
out=${2:-$top/docs/screenshots}
sandbox=$build/tests/sandbox/cutover-sandbox
wizard=$build/app/wizard/cutover
source_addr=127.0.69.1
target_addr=127.0.69.2

for tool in xvfb-run jq; do
    command -v "$tool" >/dev/null || { echo "screenshots: $tool is missing (apt-get install xvfb jq)" >&2; exit 1; }
done
[ -x "$sandbox" ] && [ -x "$wizard" ] || { echo "screenshots: build cutover and cutover-sandbox first" >&2; exit 1; }

down() {
    "$sandbox" down shot-source --quiet || true
    "$sandbox" down shot-target --quiet || true
}
# The Source Info page of a high-availability source (a master, the source replicating from it).
ha_master_addr=127.0.214.1
ha_source_addr=127.0.214.2
ha_target_addr=127.0.214.3
down_ha() {
    "$sandbox" down shot-ha-target --quiet || true
    "$sandbox" down shot-ha-source --quiet || true
    "$sandbox" down shot-ha-master --quiet || true
}
trap 'down; down_ha' EXIT

mkdir -p "$out"
rm -f "$out"/*.png
for lang in en de; do
    down
    src=$("$sandbox" up shot-source --address $source_addr --dataset ${CUTOVER_SHOT_DATASET:-sakila} \
        --license active --host-name hotspot-old)
    tgt=$("$sandbox" up shot-target --address $target_addr --dataset none --license none --host-name hotspot-new)
    data=$(mktemp -d)
    # Passwords through the environment, as tools/demo.sh does; never through argv.
    CUTOVER_SOURCE_PASSWORD=$(jq -r .adminPassword <<<"$src") \
    CUTOVER_TARGET_PASSWORD=$(jq -r .adminPassword <<<"$tgt") \
    CUTOVER_DATA_DIR=$data QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 \
        xvfb-run -a -s "-screen 0 1280x900x24" \
        "$wizard" --lang $lang --source $source_addr --target $target_addr --screenshots "$out"
    rm -rf "$data"
    rm -f "$out/$lang-report.html"
done
down
settings=$(mktemp)
echo '{"loadBalancingDomain": {"enabled": true, "domain": "portal.example.com"}}' >"$settings"
for lang in en de; do
    down_ha
    master=$("$sandbox" up shot-ha-master --address $ha_master_addr --dataset none --license none \
        --role master --host-name hotspot-master)
    src=$("$sandbox" up shot-ha-source --address $ha_source_addr --dataset none --license active \
        --role replica --peer shot-ha-master --host-name hotspot-old --settings "$settings")
    tgt=$("$sandbox" up shot-ha-target --address $ha_target_addr --dataset none --license none \
        --host-name hotspot-new)
    data=$(mktemp -d)
    shots=$(mktemp -d)
    # The master has its own admin password: given like the others, through the environment.
    CUTOVER_SOURCE_PASSWORD=$(jq -r .adminPassword <<<"$src") \
    CUTOVER_TARGET_PASSWORD=$(jq -r .adminPassword <<<"$tgt") \
    CUTOVER_MASTER_PASSWORD=$(jq -r .adminPassword <<<"$master") \
    CUTOVER_DATA_DIR=$data QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 \
        xvfb-run -a -s "-screen 0 1280x900x24" \
        "$wizard" --lang $lang --source $ha_source_addr --target $ha_target_addr --screenshots "$shots"
    # Only the pictures of the HA Source Info page; the pages before it are the standalone run's.
    cp "$shots"/$lang-05-source-info-ha*.png "$out"/
    rm -rf "$data" "$shots"
done
rm -f "$settings"
echo "screenshots: $(ls "$out"/*.png | wc -l) pictures in $out"

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
trap down EXIT

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
echo "screenshots: $(ls "$out"/*.png | wc -l) pictures in $out"

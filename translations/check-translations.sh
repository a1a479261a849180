#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when running lupdate would change a .ts file (a string added, changed or dropped in the
# sources) or when a .ts file holds an unfinished or empty translation.
set -euo pipefail
update=
if [ "${1:-}" = --update ]; then update=1; shift; fi
lupdate=$1 tsdir=$2 top=$3
run_lupdate() {
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
        "$top/core" "$top/wizard_pages" "$top/app" -ts "$1" >/dev/null
}
if [ -n "$update" ]; then
    for ts in "$tsdir"/cutover_*.ts; do run_lupdate "$ts"; done
    # English is the source language: its translations are the source texts.
    "$tsdir/fill-english.py" "$tsdir/cutover_en.ts"
    run_lupdate "$tsdir/cutover_en.ts"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$tsdir"/cutover_*.ts; do
    cp "$ts" "$work/"
    run_lupdate "$work/$(basename "$ts")"
    if ! diff -u "$ts" "$work/$(basename "$ts")" >"$work/diff"; then
        echo "$(basename "$ts") is not current: run 'cmake --build build --target update_translations'"
        head -40 "$work/diff"
        status=1
    fi
    count=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
    echo "$(basename "$ts"): $count messages, $unfinished unfinished, $vanished obsolete"
    if [ "$count" -eq 0 ]; then echo "$(basename "$ts") is empty"; status=1; fi
    if [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then status=1; fi
done
exit $status

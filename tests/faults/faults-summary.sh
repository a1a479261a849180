#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the fault suite's one-line tally from the ledgers the fault tests wrote, and fails
# when any fault was not survived or any bad input was not rejected cleanly:
#   faults: injected=N survived=N bad_inputs=M rejected_cleanly=M rows_lost=0
set -euo pipefail
dir=$1
shopt -s nullglob
files=("$dir"/*.json)
if ((${#files[@]} == 0)); then
    echo "faults: no ledger in $dir (run the fault tests first)" >&2
    exit 1
fi
jq -s -r '
  add as $all
  | ($all | map(select(.kind == "injected"))) as $inj
  | ($all | map(select(.kind == "bad-input"))) as $bad
  | "faults: injected=\($inj | length) survived=\($inj | map(select(.ok)) | length) bad_inputs=\($bad | length) rejected_cleanly=\($bad | map(select(.ok)) | length) rows_lost=\($all | map(.rowsLost) | add // 0)"
' "${files[@]}" | tee "$dir/summary.txt"
jq -s -e 'add | all(.ok) and (map(.rowsLost) | add // 0) == 0' "${files[@]}" >/dev/null

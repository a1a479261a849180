#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (their own small project), replays every saved crash
# in tests/fuzz/regressions/<fuzzer>/ and then fuzzes each target for a bounded time, starting
# from the seeds in tests/fuzz/corpus/. A crash fails the run and leaves its input in the
# working directory: copy it into tests/fuzz/regressions/<fuzzer>/ with the fix.
#   run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS per fuzzer, default $CUTOVER_FUZZ_SECONDS or 20]
set -euo pipefail
src=$(readlink -f "$1")
build=$2
seconds=${3:-${CUTOVER_FUZZ_SECONDS:-20}}
if ! command -v clang++ >/dev/null; then
    echo "run-fuzzers: clang++ is missing (./run deps installs it)" >&2
    exit 1
fi
if [ ! -f "$build/build.ninja" ]; then
    CXX=clang++ cmake -S "$src/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >/dev/null
fi
cmake --build "$build" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for fuzzer in fuzz_httprequestparser fuzz_httpresponseparser; do
    kind=${fuzzer#fuzz_http}; kind=${kind%parser}
    regressions=$src/tests/fuzz/regressions/$fuzzer
    if [ -d "$regressions" ] && ls "$regressions"/* &>/dev/null; then
        "$build/$fuzzer" -runs=0 "$regressions"/* >"$work/$fuzzer.replay" 2>&1 \
            || { echo "$fuzzer: a saved regression input fails again"; tail -30 "$work/$fuzzer.replay"; status=1; }
    fi
    mkdir -p "$work/$kind"
    cp "$src/tests/fuzz/corpus/$kind"/* "$work/$kind/"
    if (cd "$work" && "$build/$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
            -rss_limit_mb=1024 -print_final_stats=1 "$work/$kind" >"$work/$fuzzer.log" 2>&1); then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$fuzzer.log" | grep -o '[0-9]*$' || echo '?')
        echo "$fuzzer: ${seconds}s, $runs inputs, no crash"
    else
        echo "$fuzzer: FAILED"
        tail -40 "$work/$fuzzer.log"
        cp "$work"/crash-* "$work"/timeout-* "$work"/oom-* "$PWD"/ 2>/dev/null || true
        status=1
    fi
done
exit $status

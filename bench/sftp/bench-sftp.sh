#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ./run bench sftp [--mb 300] [--address 127.0.95.1] [--rounds 3]
# Copies a sandbox's traffic logs with Cutover's SftpDownloader and with OpenSSH's sftp(1), same
# sandbox, same files, same run, alternating; best round of each counts. Then the same for the
# upload into the appliance's traffic-log import directory (SftpUploader against sftp(1)'s put,
# both over the import port with an import key). Last two lines:
#   sftp-upload-ratio openssh=Y
#   sftp-ratio openssh=X   (Cutover's download throughput / OpenSSH's; goal X >= 0.8)
set -euo pipefail
build=$(readlink -f "$1")
shift
mb=300
address=127.0.95.1
rounds=3
while [ $# -gt 0 ]; do
    case "$1" in
    --mb) mb=$2; shift 2 ;;
    --address) address=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "usage: bench-sftp.sh BUILD [--mb 300] [--address 127.0.95.1] [--rounds 3]" >&2; exit 2 ;;
    esac
done
sandbox=${CUTOVER_SANDBOX:-$build/tests/sandbox/cutover-sandbox}
client=$build/tests/sftp/sftp-bench-client
export CUTOVER_APPLIANCED=${CUTOVER_APPLIANCED:-$build/appliance/applianced}
name=bench-sftp
work=$(mktemp -d /tmp/cutover-bench-sftp-XXXXXX)
cleanup() {
    "$sandbox" down "$name" --quiet >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

"$sandbox" down "$name" --quiet >/dev/null 2>&1 || true
info=$("$sandbox" up "$name" --address "$address" --traffic-log-mb "$mb")
password=$(jq -r .adminPassword <<<"$info")
tls=$(jq -r .tlsSha256 <<<"$info")
logs=$(jq -r .trafficLogDir <<<"$info")
bytes=$(find "$logs" -maxdepth 1 -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "files: $(find "$logs" -maxdepth 1 -type f | wc -l), bytes: $bytes ($mb MB requested), address $address"
cat "$logs"/* >/dev/null # both read from the page cache

ssh-keygen -q -t ed25519 -N '' -C cutover-migration -f "$work/key"
printf '%s\n' "$password" | "$client" --address "$address" --tls-sha256 "$tls" --authorise-key "$work/key.pub"

best_cutover=0
best_openssh=0
now() { date +%s.%N; }
for round in $(seq 1 "$rounds"); do
    rm -rf "$work/openssh" "$work/cutover"
    mkdir -p "$work/openssh" "$work/cutover"
    start=$(now)
    echo "get /* $work/openssh/" | sftp -q -i "$work/key" -o BatchMode=yes -o StrictHostKeyChecking=no \
        -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -b - "root@$address" >/dev/null
    end=$(now)
    openssh=$(awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", b / (e - s) / 1048576}')

    out=$(printf '%s\n' "$password" | "$client" --address "$address" --tls-sha256 "$tls" --target "$work/cutover")
    cutover=$(jq -r '.bytes / .seconds / 1048576 | . * 10 | floor / 10' <<<"$out")
    diff -r "$work/openssh" "$work/cutover" >/dev/null || { echo "copies differ" >&2; exit 1; }
    echo "round $round: openssh ${openssh} MB/s, cutover ${cutover} MB/s"
    best_openssh=$(awk -v a="$best_openssh" -v b="$openssh" 'BEGIN {print (b > a) ? b : a}')
    best_cutover=$(awk -v a="$best_cutover" -v b="$cutover" 'BEGIN {print (b > a) ? b : a}')
done
printf '%s\n' "$password" | "$client" --address "$address" --tls-sha256 "$tls" --revoke-key "$work/key.pub" || true

# Upload: the files just copied go into the same appliance's import directory.
import="$logs/import"
ssh-keygen -q -t ed25519 -N '' -C cutover-migration -f "$work/wkey"
printf '%s\n' "$password" | "$client" --address "$address" --tls-sha256 "$tls" --authorise-key "$work/wkey.pub" --write
up_cutover=0
up_openssh=0
for round in $(seq 1 "$rounds"); do
    find "$import" -mindepth 1 -delete
    start=$(now)
    echo "put $work/openssh/* /" | sftp -q -P 2222 -i "$work/wkey" -o BatchMode=yes -o StrictHostKeyChecking=no \
        -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -b - "root@$address" >/dev/null
    end=$(now)
    openssh=$(awk -v b="$bytes" -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", b / (e - s) / 1048576}')
    diff -r "$work/openssh" "$import" >/dev/null || { echo "uploaded copies differ (openssh)" >&2; exit 1; }
    find "$import" -mindepth 1 -delete
    out=$(printf '%s\n' "$password" | "$client" --address "$address" --tls-sha256 "$tls" --upload-from "$work/openssh" --in-flight 32)
    cutover=$(jq -r '.bytes / .seconds / 1048576 | . * 10 | floor / 10' <<<"$out")
    diff -r "$work/openssh" "$import" >/dev/null || { echo "uploaded copies differ (cutover)" >&2; exit 1; }
    echo "upload round $round: openssh ${openssh} MB/s, cutover ${cutover} MB/s"
    up_openssh=$(awk -v a="$up_openssh" -v b="$openssh" 'BEGIN {print (b > a) ? b : a}')
    up_cutover=$(awk -v a="$up_cutover" -v b="$cutover" 'BEGIN {print (b > a) ? b : a}')
done
printf '%s\n' "$password" | "$client" --address "$address" --tls-sha256 "$tls" --revoke-key "$work/wkey.pub" || true
echo "upload best: openssh ${up_openssh} MB/s, cutover ${up_cutover} MB/s"
echo "sftp-upload-ratio openssh=$(awk -v c="$up_cutover" -v o="$up_openssh" 'BEGIN {printf "%.2f", c / o}')"
echo "best: openssh ${best_openssh} MB/s, cutover ${best_cutover} MB/s"
echo "sftp-ratio openssh=$(awk -v c="$best_cutover" -v o="$best_openssh" 'BEGIN {printf "%.2f", c / o}')"

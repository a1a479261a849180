#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages as an admin gets them: install cutover and cutover-appliance with apt-get,
# run the INSTALLED applianced (two sandbox appliances on 127.0.161.1/.2, real MariaDB and
# OpenSSH, their configs in a temporary directory) and the INSTALLED cutover-cli check against
# them, then purge both packages and prove nothing of them is left.
#   tst_packages.sh BUILD_DIR CUTOVER_SANDBOX SOURCE_DIR
# Needs root (exit 77 = skipped otherwise). Builds the packages itself (without the lintian
# checks) when BUILD_DIR/packages has none as new as the executables.
set -euo pipefail
build=$(readlink -f "$1")
sandbox=$2
top=$3
out=$build/packages
say() { echo "tst_packages: $*"; }
fail() {
    echo "tst_packages: FAIL: $*" >&2
    exit 1
}

if [ "$(id -u)" != 0 ]; then
    say "SKIP: installing packages needs root"
    exit 77
fi

# --- the packages ------------------------------------------------------------------------------
fresh=1
for exe in appliance/applianced app/cli/cutover-cli app/wizard/cutover; do
    for deb in "$out"/cutover_*.deb "$out"/cutover-appliance_*.deb; do
        [ -e "$deb" ] && [ "$deb" -nt "$build/$exe" ] || fresh=
    done
done
if [ -z "$fresh" ]; then
    say "no packages in $out as new as the executables: building them (./run package does this before ctest)"
    "$top/packaging/build-packages.sh" "$build" --no-checks
fi
debs=("$out"/cutover_*.deb "$out"/cutover-appliance_*.deb)
((${#debs[@]} == 2)) || fail "expected exactly two packages in $out, found ${debs[*]}"

for p in cutover cutover-appliance; do
    state=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    if [ -n "$state" ] && [ "$state" != not-installed ]; then
        fail "$p is already on this machine ($state); this test installs and purges its own copy: apt-get remove --purge $p first"
    fi
done

# Installing must not pull anything else in, or purging would leave the machine changed.
sim=$(apt-get install -s --no-install-recommends "${debs[@]}" 2>&1) || fail "apt-get cannot install the packages: $sim"
extra=$(awk '/^Inst /{print $2}' <<<"$sim" | grep -vx -e cutover -e cutover-appliance || true)
[ -z "$extra" ] || fail "installing the packages would also install: $(echo $extra) — install the dependencies first (./run deps) so this test leaves the machine as it found it"

tmp=$(mktemp -d /tmp/tst_packages.XXXXXX)
export CUTOVER_SANDBOX_ROOT=$tmp/sandbox CUTOVER_DATA_DIR=$tmp/data
# The sandbox starts the installed daemon instead of the one in the build tree.
export CUTOVER_APPLIANCED=/usr/sbin/applianced
src_name=tstpkg-src tgt_name=tstpkg-tgt
installed=
cleanup() {
    "$sandbox" down $src_name --quiet || true
    "$sandbox" down $tgt_name --quiet || true
    if [ -n "$installed" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q cutover cutover-appliance >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# Every path in the packages, and whether it was there before (/usr/bin was, /etc/cutover was not).
for deb in "${debs[@]}"; do dpkg-deb --fsys-tarfile "$deb" | tar -t; done | sed 's|^\./|/|; s|/$||' | grep -v '^/*$' | sort -u >"$tmp/paths"
while read -r path; do [ -e "$path" ] || echo "$path"; done <"$tmp/paths" >"$tmp/new-paths"
[ -s "$tmp/new-paths" ] || fail "every path of the packages already exists on this machine"

# --- install -----------------------------------------------------------------------------------
start=$(date +%s)
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${debs[@]}" >"$tmp/apt.log" 2>&1 \
    || fail "apt-get install failed: $(cat "$tmp/apt.log")"
say "installed both packages in $(($(date +%s) - start)) s"
version=$(dpkg-query -W -f='${Version}' cutover-appliance)
version=${version%-*}
for f in /usr/sbin/applianced /usr/bin/cutover /usr/bin/cutover-cli /etc/cutover/applianced.conf \
    /lib/systemd/system/applianced.service /usr/share/applications/org.example.cutover.desktop \
    /usr/share/metainfo/org.example.cutover.metainfo.xml /usr/share/icons/hicolor/scalable/apps/cutover.svg \
    /usr/share/man/man1/cutover.1.gz /usr/share/man/man1/cutover-cli.1.gz /usr/share/man/man8/applianced.8.gz; do
    [ -e "$f" ] || fail "$f is not installed"
done
dpkg-query -W -f='${Conffiles}' cutover-appliance | grep -q /etc/cutover/applianced.conf \
    || fail "/etc/cutover/applianced.conf is not a conffile"
# The version of the binaries is the package's (one place: project(VERSION)).
[ "$(/usr/sbin/applianced --version)" = "applianced $version" ] || fail "applianced --version: $(/usr/sbin/applianced --version)"
/usr/bin/cutover-cli --version | grep -q "^cutover.* $version\$" || fail "cutover-cli --version: $(/usr/bin/cutover-cli --version)"
QT_QPA_PLATFORM=offscreen /usr/bin/cutover --version 2>/dev/null | grep -qx "cutover $version" || fail "cutover --version"
/usr/sbin/applianced --help | grep -q -- --provision || fail "applianced --help does not list --provision"
rc=0
/usr/sbin/applianced --no-such-option 2>/dev/null || rc=$?
[ $rc = 2 ] || fail "applianced with an unknown option exits $rc, not 2"
for exe in /usr/sbin/applianced /usr/bin/cutover /usr/bin/cutover-cli; do
    if readelf -d "$exe" | grep -qE 'RPATH|RUNPATH'; then fail "$exe has an RPATH/RUNPATH"; fi
    if readelf -S "$exe" | grep -q '\.debug_info'; then fail "$exe is not stripped"; fi
done

# --- the installed applianced on two sandbox appliances, the installed cutover-cli on them ------
src=$("$sandbox" up $src_name --address 127.0.161.1 --dataset none --license active --host-name pkg-old) \
    || fail "the source sandbox did not start with the installed applianced"
tgt=$("$sandbox" up $tgt_name --address 127.0.161.2 --dataset none --license none --host-name pkg-new) \
    || fail "the target sandbox did not start with the installed applianced"
for name in $src_name $tgt_name; do
    pid=$(cat "$CUTOVER_SANDBOX_ROOT/$name/run/applianced.pid")
    exe=$(readlink "/proc/$pid/exe")
    [ "$exe" = /usr/sbin/applianced ] || fail "sandbox $name runs $exe, not the installed /usr/sbin/applianced"
done
say "the installed applianced serves 127.0.161.1 and 127.0.161.2"

CUTOVER_SOURCE_PASSWORD=$(jq -r .adminPassword <<<"$src")
CUTOVER_TARGET_PASSWORD=$(jq -r .adminPassword <<<"$tgt")
export CUTOVER_SOURCE_PASSWORD CUTOVER_TARGET_PASSWORD
rc=0
/usr/bin/cutover-cli check --source 127.0.161.1 --target 127.0.161.2 --lang de \
    --trust-source "$(jq -r .tlsSha256 <<<"$src")" --trust-target "$(jq -r .tlsSha256 <<<"$tgt")" \
    </dev/null >"$tmp/check.out" 2>&1 || rc=$?
cat "$tmp/check.out"
[ $rc = 0 ] || fail "the installed cutover-cli check exited $rc"
grep -q pkg-old "$tmp/check.out" || fail "cutover-cli check did not show the source's host name pkg-old"
# The German comes from the translations embedded in the installed executable.
grep -q "Quellsystem" "$tmp/check.out" || fail "cutover-cli check --lang de printed no German"

# --- purge ------------------------------------------------------------------------------------
"$sandbox" down $src_name
"$sandbox" down $tgt_name
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q cutover cutover-appliance >"$tmp/apt.log" 2>&1 \
    || fail "apt-get remove --purge failed: $(cat "$tmp/apt.log")"
installed=
for p in cutover cutover-appliance; do
    state=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ -z "$state" ] || [ "$state" = not-installed ] || fail "$p is still known to dpkg after the purge ($state)"
done
left=$(while read -r path; do [ ! -e "$path" ] || echo "$path"; done <"$tmp/new-paths")
[ -z "$left" ] || fail "left behind after the purge: $left"
say "purged: none of the $(wc -l <"$tmp/new-paths") new paths are left; done in $(($(date +%s) - start)) s"

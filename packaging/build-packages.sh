#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the two Debian packages of a built tree into BUILD/packages and checks them:
#   packaging/build-packages.sh BUILD [--no-checks]
# The checks: desktop-file-validate, appstreamcli validate --no-net, lintian (errors fail).
# `./run package` calls this after the build; tests/packaging calls it with --no-checks when it
# finds no packages as new as the executables.
set -euo pipefail
build=$(readlink -f "$1")
checks=1
[ "${2:-}" = --no-checks ] && checks=
out=$build/packages
start=$(date +%s)

[ -f "$build/CPackConfig.cmake" ] || { echo "package: $build is not a configured build tree" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
# CPack installs the tree (after building what is out of date) and writes $out/*.deb.
if ! (cd "$build" && cpack -G DEB --config CPackConfig.cmake) >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    echo "package: cpack failed (log above)" >&2
    exit 1
fi
shopt -s nullglob
debs=("$out"/cutover_*.deb "$out"/cutover-appliance_*.deb)
if ((${#debs[@]} != 2)); then
    echo "package: expected cutover_*.deb and cutover-appliance_*.deb in $out, found: ${debs[*]:-nothing}" >&2
    exit 1
fi
for deb in "${debs[@]}"; do
    printf 'package: %s (%s KiB)\n' "$(basename "$deb")" "$(($(stat -c %s "$deb") / 1024))"
done
[ -n "$checks" ] || exit 0

failed=
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for deb in "${debs[@]}"; do dpkg-deb -x "$deb" "$tmp/root"; done

for desktop in "$tmp"/root/usr/share/applications/*.desktop; do
    echo "package: desktop-file-validate $(basename "$desktop")"
    desktop-file-validate "$desktop" || failed=1
done
for metainfo in "$tmp"/root/usr/share/metainfo/*.metainfo.xml; do
    echo "package: appstreamcli validate --no-net $(basename "$metainfo")"
    appstreamcli validate --no-net --no-color "$metainfo" || failed=1
done

echo "package: lintian ${debs[*]##*/}"
# Errors fail; warnings are printed (docs/packaging.md explains the ones left). lintian says it
# should not run as root; it only reads the two files here.
if ! lintian --fail-on error --profile debian --display-level '>=warning' "${debs[@]}" 2>&1 \
    | { grep -v '^running with root privileges' || true; }; then
    failed=1
fi

echo "package: done in $(($(date +%s) - start)) s"
if [ -n "$failed" ]; then
    echo "package: the packages did not pass the checks above" >&2
    exit 1
fi

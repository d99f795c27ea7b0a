#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Product smoke test, run by the build (verify phase) on the materialized product:
# starts the product's own `partforge` script headless (no DISPLAY) from the product folder, in separate JVM
# launches over one fresh data directory, and checks what it prints and its exit codes.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
product=$1
work=$2
rm -rf "$work"; mkdir -p "$work"
data=$work/data
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$product/partforge" --data "$data" "$@"; }
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

cd "$product"
expected=$(ls plugins | sed -n 's/^dev\.partforge\.core_\(.*\)\.jar$/\1/p')
[ -n "$expected" ] || fail "dev.partforge.core is not in the product"

out=$(pf version) || fail "version exited $?"
echo "$out"
release=${expected%.*}; build=${expected##*.}
grep -q "PartForge $release (build $build)" <<<"$out" || fail "version does not print $release / $build"

out=$(pf doctor) || { echo "$out"; fail "doctor reported a failure"; }
echo "$out"
grep -q '^FAIL' <<<"$out" && fail "doctor printed a failed check"
grep -q '^OK    component ' <<<"$out" || fail "doctor saw no DS component"

set +e
err=$(pf no-such-command 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -ne 0 ] || fail "an unknown command exited 0"
# exactly one line (wc -l counts an empty string as one line)
[ -n "$err" ] && [ "$(printf '%s' "$err" | grep -c '')" -eq 1 ] \
	|| fail "an unknown command did not print exactly one error line: '$err'"

shopt -s nullglob
tests=("$here"/smoke.d/*.sh)
[ ${#tests[@]} -gt 0 ] || fail "no smoke tests in $here/smoke.d"
for t in "${tests[@]}"; do
	echo "--- $(basename "$t")"
	PF_PRODUCT=$product PF_DATA=$data bash "$t" || fail "$(basename "$t")"
done
echo "SMOKE TEST PASSED"

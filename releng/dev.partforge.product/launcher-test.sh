#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The README's first command, tried as a newcomer would: `./partforge version` in a fresh copy of the sources
# (only the files git tracks, with their modes, nothing built). Run by the build (verify phase).
# It checks the launcher's build path for real, with its own Maven build:
#   1. Ctrl+C (SIGINT to the launcher's process group) during the build stops the build too;
#   2. a build failure exits 1 naming the full log, which exists;
#   3. a clean build shows module progress, then starts the product, which prints its version (exit 0);
#   4. a second run starts at once, without building.
set -euo pipefail
root=$(cd "$1" && pwd)
work=$2
rm -rf "$work"; mkdir -p "$work/src"
src=$work/src
data=$work/data
fail() { echo "LAUNCHER TEST FAILED: $*" >&2; exit 1; }
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$src/partforge" --data "$data" "$@"; }
running_in() { pgrep -f -- "$1" >/dev/null 2>&1; }

git -C "$root" rev-parse --git-dir >/dev/null 2>&1 || fail "$root is not a git checkout"
(cd "$root" && git ls-files -z | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
	| tar --null -T - -cf -) | tar -xf - -C "$src"
[ -x "$src/partforge" ] || fail "the launcher is not executable in a fresh checkout"
[ ! -e "$src/releng/dev.partforge.product/target" ] || fail "the copy is not fresh"

echo "--- 1. Ctrl+C during the build stops the build"
# typed on a terminal, as a user would: the terminal sends SIGINT to the launcher's foreground process group
set +e
python3 "$(dirname "$0")/ctrl-c.py" '  building ' 600 env -u DISPLAY -u WAYLAND_DISPLAY "$src/partforge" --data "$data" version \
	>"$work/1.out" 2>&1
rc=$?
set -e
cat "$work/1.out"
[ "$rc" -eq 0 ] || fail "no build progress shown before Ctrl+C could be typed"
grep -q 'build interrupted' "$work/1.out" || fail "no 'build interrupted' message"
grep -q '^EXIT 0$' "$work/1.out" && fail "an interrupted build exited 0"
for ((i = 0; i < 60; i++)); do running_in "$src" || break; sleep 0.5; done
if running_in "$src"; then pgrep -af -- "$src" >&2; pkill -KILL -f -- "$src"; fail "the build kept running after Ctrl+C"; fi

echo "--- 2. a failing build says so and names its log"
victim=$src/bundles/dev.partforge.core/src/dev/partforge/core/DataDirectory.java
[ -f "$victim" ] || victim=$(find "$src/bundles/dev.partforge.core/src" -name '*.java' | head -1)
cp "$victim" "$work/victim.java"
echo 'this does not compile' >>"$victim"
set +e; pf version >"$work/2.out" 2>"$work/2.err"; rc=$?; set -e
cat "$work/2.err"
[ "$rc" -eq 1 ] || fail "a failed build exited $rc, not 1"
log=$(sed -n 's/^partforge: the build failed.*full log: \(.*\)$/\1/p' "$work/2.err")
[ -n "$log" ] && [ -s "$log" ] || fail "the failure message does not name an existing log"
grep -q 'COMPILATION ERROR\|\[ERROR\]' "$log" || fail "the log $log does not hold the build error"
rm -f "$log"
[ ! -s "$work/2.out" ] || fail "a failed build still started the product: $(cat "$work/2.out")"
cp "$work/victim.java" "$victim"

echo "--- 3. a clean build, then the product starts"
start=$(date +%s)
set +e; pf version >"$work/3.out" 2>"$work/3.err"; rc=$?; set -e
cat "$work/3.err" | tail -5
[ "$rc" -eq 0 ] || { cat "$work/3.err" >&2; fail "first run exited $rc"; }
grep -q '^PartForge ' "$work/3.out" || fail "first run did not print the version: $(cat "$work/3.out")"
grep -q '^  building .*\[[0-9]*/[0-9]*\]' "$work/3.err" || fail "first run showed no module progress"
grep -q 'build done' "$work/3.err" || fail "first run did not report the build as done"
echo "first run (build + start): $(( $(date +%s) - start )) s"

echo "--- 4. a second run does not build again"
set +e; pf version >"$work/4.out" 2>"$work/4.err"; rc=$?; set -e
[ "$rc" -eq 0 ] || { cat "$work/4.err" >&2; fail "second run exited $rc"; }
grep -q 'building' "$work/4.err" && fail "second run built again: $(cat "$work/4.err")"
grep -q '^PartForge ' "$work/4.out" || fail "second run did not print the version"

rm -rf "$src"
echo "LAUNCHER TEST PASSED"

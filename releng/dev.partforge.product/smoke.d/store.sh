#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Store smoke test: data written by one launch of the product's CLI is read back by the next ones.
set -euo pipefail
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$PF_DATA" "$@"; }
fail() { echo "store smoke: $*" >&2; exit 1; }

# launch 1: add a part
id=$(pf parts add --name "Smoke bracket" --difficulty beginner --seed 7) || fail "parts add exited $?"
[ "$id" = B-7 ] || fail "parts add printed '$id', not the part id B-7"
# launch 2: add a record to it
pf records add --part "$id" --time 12 --completed >/dev/null || fail "records add exited $?"
# launch 3: both are there
out=$(pf parts list --json) || fail "parts list exited $?"
echo "$out"
grep -q "\"id\":\"$id\"" <<<"$out" || fail "part $id not listed after restart"
grep -q '"timeSpent":12000' <<<"$out" || fail "the record's time is not on the part"
grep -q '"name":"Smoke bracket"' <<<"$out" && grep -q '"kind":"' <<<"$out" || fail "the part's recipe was not stored"
# launch 4: bad input is one line, non-zero, and changes nothing
set +e
err=$(pf records add --part "$id" --time -3 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -ne 0 ] || fail "a negative time was accepted"
[ -n "$err" ] && [ "$(printf '%s' "$err" | grep -c '')" -eq 1 ] || fail "bad input did not print exactly one line: '$err'"
# launch 5: maintenance
info=$(pf store info --json) || fail "store info exited $?"
echo "$info"
grep -q '"schemaVersion":4' <<<"$info" || fail "store info lacks schemaVersion 4"
grep -q '"records":1,' <<<"$info" || fail "store info does not count exactly one record"
pf store verify || fail "store verify failed"
ls "$PF_DATA/store/db/partforge.mv.db" >/dev/null || fail "no H2 database in the data directory"
# launch 6: check an answer (the exact volume that generate reports) and find the checked attempt recorded
vol=$(pf generate --difficulty beginner --seed 7 --json | sed -n 's/.*"volume":\([0-9.]*\),.*/\1/p')
[ -n "$vol" ] || fail "generate --json printed no volume"
out=$(pf check --part "$id" --volume "${vol}mm3") || fail "check of the exact volume exited $?: $out"
grep -q '^correct: ' <<<"$out" || fail "the exact volume was not judged correct: $out"
pf records list --part "$id" --json | grep -q '"result":"CORRECT"' || fail "the checked attempt was not recorded"

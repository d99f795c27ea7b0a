#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Metrics smoke test (issue 13): separate launches of the product's CLI on one data directory add up their figures
# in metrics/metrics.tsv, and `metrics --json` (read by a real JSON parser) counts exactly what they did; a damaged
# metrics file is moved aside, not deleted, and the metrics start again.
set -euo pipefail
data=$PF_DATA-metrics
rm -rf "$data"; mkdir -p "$data"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$data" "$@"; }
fail() { echo "metrics smoke: $*" >&2; exit 1; }
# figure KIND FIELD: a field of an operation kind in the JSON on stdin (0 if the kind is missing)
figure() {
	python3 -c 'import json, sys
d = json.load(sys.stdin)
print(next((t[sys.argv[2]] for t in d["timings"] if t["kind"] == sys.argv[1]), 0))' "$1" "$2"
}

pf generate --difficulty beginner --seed 13 >/dev/null || fail "generate exited $?"
for i in 1 2 3; do pf records add --part B-13 --time 30 >/dev/null || fail "records add exited $?"; done
pf export --part B-13 --format step --out "$work/b.step" >/dev/null || fail "export exited $?"
set +e
pf export --part B-13 --format step --out "$work/missing/b.step" >/dev/null 2>&1
[ $? -eq 1 ] || fail "an export into a missing folder did not exit 1"
set -e
json=$(pf metrics --json 2>"$work/err") || fail "metrics --json exited $?: $(cat "$work/err")"
echo "$json"
[ ! -s "$work/err" ] || fail "metrics wrote to stderr: $(cat "$work/err")"
check() { # KIND FIELD EXPECTED
	local got; got=$(figure "$1" "$2" <<<"$json")
	[ "$got" = "$3" ] || fail "$1 $2 is $got, expected $3"
}
check generate count 1
check store.commit count 4          # the generated part and three records
check export.step count 2
check export.step errors 1
check store.open count 7            # every launch that used the store, this one included
python3 -c 'import json, sys
d = json.load(sys.stdin)
assert d["errors"].get("export.step: ExportException") == 1, d["errors"]
s = d["storage"][-1]
assert s["database"] > 0 and s["free"] > 0, s
assert any(c["name"] == "cdo.revisions" for c in d["caches"]), d["caches"]' <<<"$json" || fail "errors, storage or caches wrong"
text=$(pf metrics) || fail "metrics exited $?"
grep -q '^store.commit ' <<<"$text" && grep -q '^storage  database ' <<<"$text" || fail "metrics text lacks rows: $text"
echo "metrics of 7 launches add up"

# a damaged file: moved aside, the metrics start again, the command still works
echo "not metrics" >"$data/metrics/metrics.tsv"
json=$(pf metrics --json) || fail "metrics --json on a damaged file exited $?"
check store.commit count 0
check store.open count 1
grep -qx "not metrics" "$data"/metrics/metrics.tsv.damaged-* || fail "the damaged file was not kept aside"
echo "a damaged metrics file is kept aside"

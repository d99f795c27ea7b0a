#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Several processes on one data directory: command lines started at the same time all succeed (the first hosts the
# store, the others use it through that process) and every record is kept under its own id.
set -euo pipefail
# a data directory of its own: the other smoke scripts count what is in theirs
PF_DATA=$PF_DATA-${0##*/}
rm -rf "$PF_DATA"
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$PF_DATA" "$@"; }
fail() { echo "shared store smoke: $*" >&2; exit 1; }

id=$(pf parts add --name "Shared bracket" --difficulty beginner --seed 11) || fail "parts add exited $?"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in 1 2 3 4; do
	( set +e; pf records add --part "$id" --time "$i" >"$work/out.$i" 2>"$work/err.$i"; echo $? >"$work/rc.$i" ) &
done
wait
for i in 1 2 3 4; do
	[ "$(cat "$work/rc.$i")" = 0 ] || fail "concurrent records add $i exited $(cat "$work/rc.$i"): $(cat "$work/err.$i")"
done
json=$(pf records list --part "$id" --json) || fail "records list exited $?"
ids=$(grep -o '"id":[0-9]*' <<<"$json" | sort -u | wc -l)
[ "$ids" -eq 4 ] || fail "expected 4 records with distinct ids, got $ids: $json"
[ ! -e "$PF_DATA/store/host.properties" ] || fail "host.properties left behind after every process ended"
echo "4 concurrent command lines on one data directory: 4 records, 4 ids"

#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Team server smoke test: the product's `partforge server` on a PostgreSQL cluster made here (initdb/pg_ctl in a
# temporary directory, free loopback port, as the postgres user when run as root), removed afterwards.
set -euo pipefail
# a data directory of its own: the other smoke scripts count what is in theirs
PF_DATA=$PF_DATA-${0##*/}
rm -rf "$PF_DATA"
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$PF_DATA" "$@"; }
fail() { echo "team server smoke: $*" >&2; exit 1; }
bin=/usr/lib/postgresql/15/bin
[ -x "$bin/initdb" ] || fail "PostgreSQL 15 is not installed (apt-get install postgresql)"

work=$(mktemp -d /tmp/partforge-pg-smoke.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; as_pg=(runuser -u postgres --); fi
server=""
# the launcher runs java as its child (it restarts on exit code 23): stop the JVM, then the launcher ends with it
stop_server() {
	pkill -TERM -P "$server" 2>/dev/null || true
	wait "$server" || true
	server=""
}
cleanup() {
	[ -z "$server" ] || stop_server
	"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pgport=$(free_port)
echo "smoke-db-pw" >"$work/pw"; [ ${#as_pg[@]} -eq 0 ] || chown postgres "$work/pw"
"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U partforge --pwfile="$work/pw" --auth=scram-sha-256 --no-sync >/dev/null \
	|| fail "initdb failed"
"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/log" -w \
	-o "-p $pgport -k $work -c listen_addresses=127.0.0.1" start >/dev/null || fail "pg_ctl start failed"
PGPASSWORD=smoke-db-pw psql -h 127.0.0.1 -p "$pgport" -U partforge -d postgres -qc 'CREATE DATABASE team' \
	|| fail "CREATE DATABASE failed"
db="jdbc:postgresql://127.0.0.1:$pgport/team"
printf 'user=partforge\npassword=smoke-db-pw\n' >"$work/db.properties"

# credentials on the command line are refused, in one line, with the usage exit code
set +e
err=$(pf server --db "$db?user=partforge&password=smoke-db-pw" 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 2 ] || fail "credentials in --db exited $rc: $err"
[ "$(wc -l <<<"$err")" -eq 1 ] || fail "credentials in --db printed more than one line: $err"

out=$(echo "alice-pw" | pf server user add alice --db "$db" --db-credentials "$work/db.properties") \
	|| fail "user add exited $?"
[ "$out" = "Added student alice" ] || fail "user add printed '$out'"
out=$(PARTFORGE_DB_USER=partforge PARTFORGE_DB_PASSWORD=smoke-db-pw PARTFORGE_USER_PASSWORD=tina-pw \
	pf server user add tina --role teacher --db "$db") || fail "user add (environment) exited $?"
[ "$out" = "Added teacher tina" ] || fail "user add printed '$out'"
hash=$(PGPASSWORD=smoke-db-pw psql -h 127.0.0.1 -p "$pgport" -U partforge -d team -tAc \
	"SELECT HASH FROM PF_USERS WHERE NAME = 'alice'")
[[ "$hash" == pbkdf2-sha256\$210000\$* ]] || fail "alice's password is not stored as a PBKDF2 hash: $hash"

port=$(free_port)
# not through pf(): $! must be the server's own pid (env and the launcher exec java)
env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$PF_DATA" server --db "$db" \
	--db-credentials "$work/db.properties" --listen "127.0.0.1:$port" >"$work/server.out" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q "listening on 127.0.0.1:$port" "$work/server.out" && break; sleep 0.5; done
grep -q "listening on 127.0.0.1:$port" "$work/server.out" || fail "server did not start: $(cat "$work/server.out")"
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || fail "nothing accepts connections on 127.0.0.1:$port"

# two desktops of alice synchronise through the server: partforge remote set/show, sync, sync status
A=$PF_DATA-a; B=$PF_DATA-b
rm -rf "$A" "$B"
pfd() { local d=$1; shift; env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$d" "$@"; }
echo alice-pw | pfd "$A" remote set "tcp://127.0.0.1:$port" --user alice >/dev/null || fail "remote set exited $?"
PARTFORGE_PASSWORD=alice-pw pfd "$B" remote set "127.0.0.1:$port" --user alice >/dev/null \
	|| fail "remote set (environment) exited $?"
shown=$(pfd "$A" remote show)
[ "$shown" = "tcp://127.0.0.1:$port as alice" ] || fail "remote show printed '$shown'"
grep -rqe alice-pw -e "$(printf alice-pw | base64 | tr -d =)" "$A/sync" \
	&& fail "the server password is stored unencrypted in $A/sync"
id=$(pfd "$A" generate --difficulty beginner --seed 7 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
pfd "$A" records add --part "$id" --time 60 >/dev/null || fail "records add exited $?"
pfd "$A" sync >/dev/null 2>"$work/sync.err" || fail "sync on A exited $?: $(cat "$work/sync.err")"
pfd "$B" sync >/dev/null 2>"$work/sync.err" || fail "sync on B exited $?: $(cat "$work/sync.err")"
n=$(pfd "$B" records list --part "$id" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
[ "$n" = 1 ] || fail "B has $n records of $id after syncing, expected the 1 added on A"
status=$(pfd "$B" sync status --json)
python3 -c 'import json,sys; s=json.loads(sys.argv[1]); assert s["state"]=="online" and s["lastSync"], s' "$status" \
	|| fail "sync status after a good cycle: $status"
# a wrong password: exit code 1, the server's reason, no stack trace
echo not-the-password | pfd "$B" remote set "127.0.0.1:$port" --user alice >/dev/null
set +e
err=$(pfd "$B" sync 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 1 ] || fail "sync with a wrong password exited $rc: $err"
grep -q "Unknown user or wrong password: alice" <<<"$err" || fail "sync with a wrong password said: $err"
grep -q Exception <<<"$err" && fail "sync with a wrong password printed a stack trace: $err"

stop_server
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "the server still accepts connections after SIGTERM"
grep -q Exception "$work/server.out" && fail "the server printed a stack trace: $(cat "$work/server.out")"
# the server gone: sync fails in one line, the desktop is offline and keeps working
set +e
err=$(pfd "$A" sync 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 1 ] && grep -q "not reachable" <<<"$err" || fail "sync without a server exited $rc: $err"
pfd "$A" records add --part "$id" --time 30 >/dev/null || fail "records add offline exited $?"
status=$(pfd "$A" sync status --json)
python3 -c 'import json,sys; s=json.loads(sys.argv[1]); assert s["state"]=="offline" and s["pending"]==1, s' "$status" \
	|| fail "sync status offline: $status"
rm -rf "$A" "$B"
echo "team server on PostgreSQL: users added (hashed), listening on 127.0.0.1:$port, two desktops synced, stopped"

#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fault smoke test (issue 16, command-line half), on the product's own launcher in separate JVMs: concurrent
# processes, a store held by another process, a read-only data directory, exports onto devices, directories and
# fifos, a leftover temporary file, malformed input. Every error is one line on stderr, never a stack trace.
set -euo pipefail
data=$PF_DATA-faults
rm -rf "$data"; mkdir -p "$data"
work=$(mktemp -d)
locker=""
cleanup() {
	[ -z "$locker" ] || kill "$locker" 2>/dev/null || true
	mountpoint -q "$data" 2>/dev/null && umount "$data"
	chmod -R u+w "$data" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$data" "$@"; }
fail() { echo "faults smoke: $*" >&2; exit 1; }
# runs pf, keeps stdout/stderr/exit code in $out $err $rc
run() { set +e; out=$(pf "$@" 2>"$work/err"); rc=$?; set -e; err=$(cat "$work/err"); }
one_line() { # $1: what; checks $err is exactly one line starting with "partforge: " and no stack trace
	[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || fail "$1 printed $(printf '%s\n' "$err" | wc -l) lines: $err"
	grep -q '^partforge: ' <<<"$err" || fail "$1 printed no 'partforge:' line: $err"
}

id=$(pf parts add --name "Faults" --difficulty beginner --seed 5) || fail "parts add exited $?"

# --- 16 processes in four waves of 4 at once on one store: a result, or one line "in use", never a stack trace
for wave in 1 2 3 4; do
	pids=()
	for i in 1 2 3 4; do
		( set +e; env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$data" records add --part "$id" \
			--time 5 >"$work/o$i" 2>"$work/e$i"; echo $? >"$work/rc$i" ) &
		pids+=($!)
	done
	wait "${pids[@]}"
	for i in 1 2 3 4; do
		rc=$(cat "$work/rc$i"); err=$(cat "$work/e$i")
		if [ "$rc" -eq 0 ]; then
			[ -z "$err" ] || fail "a successful concurrent run wrote to stderr: $err"
			grep -qE '^[0-9]+$' "$work/o$i" || fail "a successful concurrent run printed no record id"
		else
			[ "$rc" -eq 1 ] || fail "a concurrent run exited $rc: $err"
			one_line "a concurrent run"
			grep -q 'in use by another PartForge process' <<<"$err" || fail "unexpected concurrent error: $err"
		fi
	done
done
echo "concurrent runs: one line each, no stack trace"

# --- the store held by another process (a plain H2 connection in its own JVM)
h2=$(ls "$PF_PRODUCT"/plugins/com.h2database_*.jar | head -1)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cat >"$work/Hold.java" <<'JAVA'
public class Hold {
	public static void main(String[] a) throws Exception {
		try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + a[0], "sa", "")) {
			System.out.println("locked");
			Thread.sleep(120_000);
		}
	}
}
JAVA
# a PartForge process removes the seal of a cleanly closed database before it opens it for writing (FileSeal);
# so does this stand-in, or the next open would rightly find the file changed behind PartForge's back
rm -f "$data/store/db/partforge.seal"
"$java" -cp "$h2" "$work/Hold.java" "$data/store/db/partforge" >"$work/hold.out" 2>&1 &
locker=$!
for _ in $(seq 1 100); do grep -q locked "$work/hold.out" 2>/dev/null && break; sleep 0.2; done
grep -q locked "$work/hold.out" || fail "could not hold the store: $(cat "$work/hold.out")"
run doctor
[ "$rc" -eq 1 ] || fail "doctor exited $rc while another process holds the store"
grep -q '^FAIL  store: .*in use by another PartForge process' <<<"$out" || fail "doctor did not report the held store: $out"
grep -q 'All checks passed' <<<"$out" && fail "doctor said all checks passed"
[ -z "$err" ] || fail "doctor wrote to stderr: $err"
run records add --part "$id" --time 3
[ "$rc" -eq 1 ] || fail "records add exited $rc while the store is held"
one_line "records add on a held store"
kill "$locker"; wait "$locker" 2>/dev/null || true; locker=""
run doctor
[ "$rc" -eq 0 ] || fail "doctor failed after the store was released: $out"
echo "held store: doctor and commands report it"

# --- exports never replace anything but a regular file; a leftover temporary file is reused
run export --part "$id" --format step --out /dev/full
[ "$rc" -eq 1 ] || fail "export --out /dev/full exited $rc"
one_line "export --out /dev/full"
grep -q 'it is a character device, not a regular file' <<<"$err" || fail "export to /dev/full: $err"
[ -c /dev/full ] || fail "/dev/full is no longer a character device"
run export --part "$id" --format step --out "$work"
[ "$rc" -eq 1 ] && [ -d "$work" ] || fail "export onto a directory exited $rc or replaced it"
one_line "export onto a directory"
mkfifo "$work/pipe.step"
run export --part "$id" --format step --out "$work/pipe.step"
[ "$rc" -eq 1 ] && [ -p "$work/pipe.step" ] || fail "export onto a fifo exited $rc or replaced it"
one_line "export onto a fifo"
printf 'half-written by a killed export' >"$work/.b.step.part"
pf export --part "$id" --format step --out "$work/b.step" >/dev/null || fail "export next to a leftover failed"
[ ! -e "$work/.b.step.part" ] || fail "the leftover .part file is still there"
head -1 "$work/b.step" | grep -q '^ISO-10303-21;' || fail "b.step is not a STEP file"
echo "exports: devices, directories and fifos refused, leftover reused"

# --- malformed input: one line, exit 2, nothing stored
before=$(pf stats --json)
for args in "generate --difficulty beginner --seed ١٢" "records add --part $id --time 1e300" \
	"records add --part $id --time 0x1p3" "records add --part $id --time NaN" "prefs set x NaN"; do
	# shellcheck disable=SC2086
	run $args
	[ "$rc" -eq 2 ] || fail "'$args' exited $rc"
	one_line "'$args'"
done
run parts add --difficulty beginner --name "$(head -c 100000 /dev/zero | tr '\0' n)"
[ "$rc" -eq 2 ] || fail "a 100,000-character name exited $rc"
one_line "a 100,000-character name"
run prefs set big "$(head -c 100000 /dev/zero | tr '\0' v)"
[ "$rc" -eq 2 ] || fail "a 100,000-character preference exited $rc"
one_line "a 100,000-character preference"
[ "$(pf stats --json)" = "$before" ] || fail "refused input changed the statistics"
run prefs get x
[ "$rc" -eq 1 ] || fail "a refused preference was stored"
echo "malformed input: refused in one line"

# --- a read-only data directory (read-only bind mount as root, no write permission otherwise)
if [ "$(id -u)" -eq 0 ]; then
	mount --bind "$data" "$data" && mount -o remount,ro,bind "$data" || fail "cannot bind-mount $data read-only"
else
	chmod a-w "$data"
fi
touch "$data/probe" 2>/dev/null && fail "$data is still writable"
pf version | grep -q '^PartForge ' || fail "version does not work on a read-only data directory"
pf --help | grep -q '^Usage: partforge' || fail "--help does not work on a read-only data directory"
run doctor
[ "$rc" -eq 1 ] && grep -q "^FAIL  data directory: the data directory $data is not writable" <<<"$out" \
	|| fail "doctor did not report the read-only data directory: $out"
for args in "parts list" "records add --part $id --time 3" "store info" "stats"; do
	# shellcheck disable=SC2086
	run $args
	[ "$rc" -eq 1 ] || fail "'$args' on a read-only data directory exited $rc"
	one_line "'$args' on a read-only data directory"
	grep -q "the data directory $data is not writable" <<<"$err" || fail "'$args' does not name the directory: $err"
done
echo "read-only data directory: version, --help, doctor work; commands name the directory"

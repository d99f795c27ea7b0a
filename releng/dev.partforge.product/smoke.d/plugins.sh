#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Plug-ins on the release archive: the built partforge-*.tar.gz is unpacked into a temporary folder made read-only
# (as root: a read-only bind mount in a private mount namespace, since root ignores file modes; otherwise chmod a-w),
# then, with a fresh data directory, the SVG exporter feature is uninstalled and re-installed from the built update
# site with `partforge plugins`, then updated from a newer update site (newer-site.py: the same feature and bundle,
# re-versioned); bad repositories and unknown features must fail with one line and change nothing. Then the workbench
# (on the display, else under xvfb-run) is started on the same read-only archive with another fresh data directory: its
# first start must detach the user's p2 profile from the product's shared base (SharedBaseJob), which otherwise keeps
# the built-in exporters when Help > Installation Details > Uninstall... uninstalls one.
set -euo pipefail
fail() { echo "plugins smoke: $*" >&2; exit 1; }

if [ "${1:-}" != "--inner" ]; then
	target=$(cd "$PF_PRODUCT/../../../../../.." && pwd)
	archive=$(ls "$target"/products/partforge-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -1 || true)
	[ -n "$archive" ] || fail "no release archive in $target/products"
	site=$target/repository
	[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || fail "no update site in $site"
	tmp=$(mktemp -d -t partforge-plugins.XXXXXX)
	trap 'chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
	tar xzf "$archive" -C "$tmp"
	install=$tmp/partforge
	mkdir "$tmp/data" "$tmp/workbench-data"
	echo "release archive $(basename "$archive") unpacked in $install"
	if [ "$(id -u)" -eq 0 ]; then
		unshare -m bash -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec bash "$2" --inner "$1" "$3" "$4" "$5"' \
			_ "$install" "$0" "$tmp/data" "$site" "$tmp/workbench-data"
	else
		chmod -R a-w "$install"
		bash "$0" --inner "$install" "$tmp/data" "$site" "$tmp/workbench-data"
	fi
	exit
fi

install=$2; data=$3; site=$4; wbdata=$5
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$install/partforge" --data "$data" "$@"; }
fails_cleanly() { # runs a command that must fail with exit 1 and one error line (besides progress), no stack trace
	local err rc
	set +e; err=$(pf "$@" 2>&1 >/dev/null); rc=$?; set -e
	[ "$rc" -eq 1 ] || fail "partforge $* exited $rc (expected 1): $err"
	[ "$(grep -c '^partforge: ' <<<"$err")" -eq 1 ] || fail "partforge $* did not print one error line: $err"
	grep -qE '^[[:space:]]+at |Exception' <<<"$err" && fail "partforge $* printed a stack trace: $err"
	echo "  failed cleanly: $(grep '^partforge: ' <<<"$err")"
}
svg=dev.partforge.export.svg.feature

touch "$install/.write-test" 2>/dev/null && fail "the unpacked product is writable, the test would prove nothing"
tree_before=$(cd "$install" && find . -type f -printf '%p %s %T@\n' | sort | md5sum)

list=$(pf plugins list) || fail "plugins list exited $?"
echo "$list"
for f in pdf dxf svg step; do
	grep -q "^dev\.partforge\.export\.$f\.feature .*removable$" <<<"$list" || fail "plugins list lacks the $f exporter feature"
done
pf export --list | grep -q '^svg ' || fail "svg is not in export --list before the uninstall"

pf plugins uninstall "$svg" || fail "plugins uninstall $svg exited $?"
pf export --list | grep -q '^svg ' && fail "svg is still in export --list after the uninstall"
pf plugins list | grep -q "^$svg " && fail "plugins list still shows $svg after the uninstall"
pf export --list | grep -q '^pdf ' || fail "pdf went away with the svg uninstall"
after_uninstall=$(pf plugins list)

fails_cleanly plugins install --repo "file:$data/no-such-site" "$svg"
fails_cleanly plugins install --repo "file:$site" dev.partforge.no.such.feature
fails_cleanly plugins uninstall dev.partforge.no.such.feature
fails_cleanly plugins uninstall dev.partforge.feature
[ "$(pf plugins list)" = "$after_uninstall" ] || fail "a failed command changed plugins list"

pf plugins list --available --repo "file:$site" | grep -q "^$svg " || fail "the update site does not offer $svg"
pf plugins install --repo "file:$site" "$svg" || fail "plugins install $svg exited $?"
pf export --list | grep -q '^svg ' || fail "svg is not back in export --list after the install"
pf plugins list | grep -q "^$svg .*removable$" || fail "plugins list does not show $svg after the install"
pf generate --difficulty beginner --seed 7 >/dev/null || fail "generate exited $?"
pf export --part B-7 --format svg --out "$data/b7.svg" || fail "svg export after the re-install exited $?"
python3 - "$data/b7.svg" <<'PY' || fail "the exported SVG does not parse as an SVG document"
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == '{http://www.w3.org/2000/svg}svg', root.tag
assert sum(1 for _ in root.iter()) > 20, 'too few elements'
PY

# plugins update against a real newer update site: the SVG feature and bundle re-versioned (micro + 1)
newer=$data/newer-site
old_version=$(pf plugins list | awk -v f="$svg" '$1 == f { print $2 }')
new_version=$(python3 "$(dirname "$0")/newer-site.py" "$site" "$newer" "$svg" dev.partforge.export.svg) \
	|| fail "cannot write the newer update site"
update=$(pf plugins update --repo "file:$newer") || fail "plugins update exited $?"
[ "$update" = "updated $svg $new_version" ] || fail "plugins update printed '$update', expected the $svg $new_version update"
pf plugins list | grep -q "^$svg  *$new_version .*removable$" || fail "plugins list does not show $svg $new_version after the update"
doctor=$(pf doctor) || fail "doctor exited $? after the update"
grep -q "^OK    bundle dev.partforge.export.svg: $new_version resolved" <<<"$doctor" \
	|| fail "the running SVG exporter bundle is not $new_version: $(grep export.svg <<<"$doctor")"
grep -q "dev.partforge.export.svg: $old_version" <<<"$doctor" && fail "the $old_version SVG exporter bundle is still there"
pf export --part B-7 --format svg --out "$data/b7-updated.svg" || fail "svg export after the update exited $?"
cmp -s "$data/b7.svg" "$data/b7-updated.svg" || fail "the updated SVG exporter wrote a different drawing of the same part"
[ "$(pf plugins update --repo "file:$newer")" = "everything is up to date" ] || fail "a second plugins update found something to update"
echo "  updated $svg $old_version -> $new_version from $newer"

# The workbench: Installation Details > Uninstall... runs a plain p2 uninstall of the selected feature. In a user's
# profile of a shared install p2 puts a unit (SharedProfile_<profile>) that requires every unit of the product,
# optionally and greedily, so such an uninstall keeps an exporter built into the product (SharedBaseTest reproduces
# it); the workbench's first start removes that unit, the exporters staying installed.
profile_units() { # the unit ids of the newest p2 profile of a data directory; fails while it is being written
	local dir=$1/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile newest
	newest=$(ls "$dir" 2>/dev/null | grep '\.profile\.gz$' | sort -n | tail -1)
	[ -n "$newest" ] && gzip -t "$dir/$newest" 2>/dev/null || return 1
	zcat "$dir/$newest" | grep -o "<unit id='[^']*'" | cut -d"'" -f2
}
pfw() { env -u DISPLAY -u WAYLAND_DISPLAY "$install/partforge" --data "$wbdata" "$@"; }
pfw plugins list >/dev/null || fail "plugins list on the workbench's data directory exited $?"
profile_units "$wbdata" | grep -q '^SharedProfile_' || fail "the user's profile has no SharedProfile_ unit: the test proves nothing"
if [ -n "${DISPLAY:-}" ]; then display=(); else
	command -v xvfb-run >/dev/null || fail "no DISPLAY and no xvfb-run to start the workbench on"
	display=(xvfb-run -a)
fi
setsid "${display[@]}" "$install/partforge" --data "$wbdata" >"$wbdata.out" 2>&1 &
workbench=$!
stop_workbench() {
	kill -TERM -- "-$workbench" 2>/dev/null || true
	for _ in $(seq 1 20); do kill -0 "$workbench" 2>/dev/null || break; sleep 1; done
	kill -KILL -- "-$workbench" 2>/dev/null || true
	wait "$workbench" 2>/dev/null || true
}
detached='no longer keeps every unit of the shared installation'
for _ in $(seq 1 240); do
	grep -qs "$detached" "$wbdata/workspace/.metadata/.log" && break
	kill -0 "$workbench" 2>/dev/null || fail "the workbench ended before it detached the profile: $(tail -5 "$wbdata.out")"
	sleep 1
done
stop_workbench
units=$(profile_units "$wbdata") || fail "the user's profile is unreadable after the workbench ended"
grep -q '^SharedProfile_' <<<"$units" && fail "the workbench's log says it detached the user's profile, but the profile still has the SharedProfile_ unit"
grep -q "$detached" "$wbdata/workspace/.metadata/.log" \
	|| fail "the workbench's log does not say it detached the profile: $(tail -20 "$wbdata/workspace/.metadata/.log" 2>&1)"
for f in pdf dxf svg step; do
	pfw export --list | grep -q "^$f " || fail "$f left export --list when the workbench detached the profile"
done
# what the Uninstall wizard runs, now that the profile stands on its own roots
pfw plugins uninstall "$svg" >/dev/null || fail "uninstalling $svg after the workbench's start exited $?"
pfw export --list | grep -q '^svg ' && fail "svg is still in export --list after the uninstall on the workbench's profile"
echo "  the workbench detached the user's profile from the shared base; $svg then uninstalls"

tree_after=$(cd "$install" && find . -type f -printf '%p %s %T@\n' | sort | md5sum)
[ "$tree_before" = "$tree_after" ] || fail "the product folder changed"
[ -d "$data/p2" ] || fail "no p2 data in the data directory"
echo "plugins: uninstall, re-install and update of $svg on a read-only release archive passed"

#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Plug-ins on the release archive: the built partforge-*.tar.gz is unpacked into a temporary folder made read-only
# (as root: a read-only bind mount in a private mount namespace, since root ignores file modes; otherwise chmod a-w),
# then, with a fresh data directory, the SVG exporter feature is uninstalled and re-installed from the built update
# site with `partforge plugins`, then updated from a newer update site (newer-site.py: the same feature and bundle,
# re-versioned); bad repositories and unknown features must fail with one line and change nothing.
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
	mkdir "$tmp/data"
	echo "release archive $(basename "$archive") unpacked in $install"
	if [ "$(id -u)" -eq 0 ]; then
		unshare -m bash -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && exec bash "$2" --inner "$1" "$3" "$4"' \
			_ "$install" "$0" "$tmp/data" "$site"
	else
		chmod -R a-w "$install"
		bash "$0" --inner "$install" "$tmp/data" "$site"
	fi
	exit
fi

install=$2; data=$3; site=$4
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

tree_after=$(cd "$install" && find . -type f -printf '%p %s %T@\n' | sort | md5sum)
[ "$tree_before" = "$tree_after" ] || fail "the product folder changed"
[ -d "$data/p2" ] || fail "no p2 data in the data directory"
echo "plugins: uninstall, re-install and update of $svg on a read-only release archive passed"

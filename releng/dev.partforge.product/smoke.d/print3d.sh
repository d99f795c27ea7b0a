#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The optional 3D-print exporters: not in the default product; installed from the built update site with
# `partforge plugins install` into a fresh data directory, `partforge export --format stl|3mf` works. The STL is
# checked by ADMesh (closed: no disconnected facets, one part, nothing fixed), the 3MF package's model is parsed.
set -euo pipefail
fail() { echo "print3d smoke: $*" >&2; exit 1; }
target=$(cd "$PF_PRODUCT/../../../../../.." && pwd)
site=$target/repository
[ -f "$site/content.jar" ] || [ -f "$site/content.xml" ] || fail "no update site in $site"
data=$(mktemp -d -t partforge-print3d.XXXXXX)
trap 'rm -rf "$data"' EXIT
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$data" "$@"; }

pf export --list | grep -qE '^(stl|3mf) ' && fail "the default product already has a 3D-print exporter"
pf plugins list --available --repo "file:$site" | grep -q '^dev\.partforge\.export\.stl\.feature ' \
	|| fail "the update site does not offer the STL exporter"
pf plugins install --repo "file:$site" dev.partforge.export.stl.feature dev.partforge.export.threemf.feature \
	|| fail "plugins install exited $?"
list=$(pf export --list)
grep -q '^stl ' <<<"$list" || fail "stl is not in export --list after the install: $list"
grep -q '^3mf ' <<<"$list" || fail "3mf is not in export --list after the install: $list"

pf generate --difficulty expert --seed 5 >/dev/null || fail "generate exited $?"
pf export --part E-5 --format stl --out "$data/e5.stl" || fail "stl export exited $?"
report=$(admesh --exact --normal-directions --normal-values "$data/e5.stl") || fail "admesh exited $?"
grep -qE 'Number of parts\s*:\s*1\s' <<<"$report" || fail "admesh does not see one part: $report"
grep -qE 'Total disconnected facets\s*:\s*0\s+0' <<<"$report" || fail "admesh found disconnected facets: $report"
for stat in 'Degenerate facets' 'Facets reversed' 'Backwards edges' 'Normals fixed'; do
	grep -qE "$stat\s*:\s*0\$" <<<"$report" || fail "admesh: $stat is not 0: $report"
done

pf export --part E-5 --format 3mf --out "$data/e5.3mf" || fail "3mf export exited $?"
python3 - "$data/e5.3mf" <<'PY' || fail "the exported 3MF does not read back"
import sys, zipfile
import xml.etree.ElementTree as ET
core = '{http://schemas.microsoft.com/3dmanufacturing/core/2015/02}'
with zipfile.ZipFile(sys.argv[1]) as z:
    names = set(z.namelist())
    assert {'[Content_Types].xml', '_rels/.rels', '3D/3dmodel.model'} <= names, names
    model = ET.fromstring(z.read('3D/3dmodel.model'))
assert model.tag == core + 'model' and model.get('unit') == 'millimeter', model.attrib
assert len(model.findall(f'{core}resources/{core}object')) == 1
assert len(model.findall(f'.//{core}triangle')) > 100
PY
echo "print3d: STL and 3MF exporters installed from the update site and exported an expert part"

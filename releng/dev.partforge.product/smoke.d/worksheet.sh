#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Worksheet smoke test: a teacher's practice set of 10 parts in every format, written by the product's CLI, and
# every file checked by the independent validators CI runs (qpdf, ezdxf, OpenCASCADE, an XML parser for SVG).
set -euo pipefail
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$PF_DATA" "$@"; }
fail() { echo "worksheet smoke: $*" >&2; exit 1; }
repo=$(cd "$(dirname "$0")/../../.." && pwd)
out=$PF_DATA/worksheet

pf worksheet --difficulty intermediate --count 10 --seed 4100 --formats pdf,dxf,step,svg --out "$out" \
	2>"$PF_DATA/worksheet.err" || { cat "$PF_DATA/worksheet.err" >&2; fail "worksheet exited $?"; }
grep -q '100% Worksheet of 10 intermediate parts' "$PF_DATA/worksheet.err" || fail "no progress on standard error"
for ext in pdf dxf step svg; do
	n=$(ls "$out"/[0-9][0-9]-I-41[0-9][0-9].$ext | wc -l)
	[ "$n" -eq 10 ] || fail "$n .$ext files instead of 10"
done
[ "$(ls -A "$out" | wc -l)" -eq 42 ] || fail "unexpected files in $out: $(ls -A "$out")"

for f in "$out"/*.pdf; do qpdf --check "$f" >/dev/null || fail "qpdf rejects $f"; done
[ "$(pdfinfo "$out/worksheet.pdf" | sed -n 's/^Pages: *//p')" -eq 11 ] || fail "worksheet.pdf is not cover + 10 sheets"
/usr/bin/python3 "$repo/bundles/dev.partforge.export.dxf.tests/scripts/check-dxf.py" "$out"/*.dxf >/dev/null \
	|| fail "ezdxf rejects a DXF of the worksheet"
bash "$repo/bundles/dev.partforge.export.step.tests/scripts/check-step.sh" "$out"/*.step >"$PF_DATA/step.txt" \
	|| { cat "$PF_DATA/step.txt" >&2; fail "OpenCASCADE rejects a STEP file of the worksheet"; }
[ "$(grep -c '^STEPCHECK OK' "$PF_DATA/step.txt")" -eq 10 ] || fail "OpenCASCADE did not check 10 STEP files"
/usr/bin/python3 - "$out"/*.svg <<'PY' || fail "an SVG of the worksheet is not well-formed SVG"
import sys, xml.etree.ElementTree as ET
for f in sys.argv[1:]:
    assert ET.parse(f).getroot().tag == "{http://www.w3.org/2000/svg}svg", f
PY

# a bad output folder: one line, exit 1, nothing written
set +e
err=$(pf worksheet --difficulty beginner --count 2 --seed 1 --formats pdf --out "$out/answers.txt/x" 2>&1 >/dev/null); rc=$?
set -e
[ "$rc" -eq 1 ] || fail "a bad output folder exited $rc"
[ -n "$err" ] && [ "$(wc -l <<<"$err")" -eq 1 ] || fail "a bad output folder did not give exactly one error line: $err"
[ "$(ls -A "$out" | wc -l)" -eq 42 ] || fail "a failed worksheet changed $out"
echo "worksheet: 10 parts x 4 formats validated"

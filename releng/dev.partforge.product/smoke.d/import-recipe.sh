#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Recipe import smoke test (issue 12): the product's CLI imports a web generator recipe (Gson resolves in the
# product), the part exports as a PDF drawing and a STEP solid that OpenCASCADE reads; a second import of the same
# id and a recipe with a torus are refused with lines starting "partforge: " and no stack trace.
set -euo pipefail
pf() { env -u DISPLAY -u WAYLAND_DISPLAY "$PF_PRODUCT/partforge" --data "$PF_DATA" "$@"; }
fail() { echo "import-recipe smoke: $*" >&2; exit 1; }
repo=$(cd "$(dirname "$0")/../../.." && pwd)
fixtures=$repo/bundles/dev.partforge.recipes.web.tests/fixtures
work=$PF_DATA/import-recipe
rm -rf "$work"; mkdir -p "$work"

pf parts delete web-l-bracket-3 >/dev/null 2>&1 || true
pf import recipe "$fixtures/l-bracket.json" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; fail "import exited $?"; }
grep -q '^imported web-l-bracket-3  L bracket  (intermediate, l-profile stock, 1 features)' "$work/out" \
	|| fail "unexpected output: $(cat "$work/out")"
pf export --part web-l-bracket-3 --format pdf --out "$work/l.pdf" 2>"$work/err" || { cat "$work/err" >&2; fail "pdf export"; }
qpdf --check "$work/l.pdf" >/dev/null || fail "qpdf rejects the imported part's drawing"
pf export --part web-l-bracket-3 --format step --out "$work/l.step" 2>"$work/err" || { cat "$work/err" >&2; fail "step export"; }
bash "$repo/bundles/dev.partforge.export.step.tests/scripts/check-step.sh" "$work/l.step" >"$work/step.txt" \
	|| { cat "$work/step.txt" >&2; fail "OpenCASCADE rejects the imported part's STEP file"; }

set +e
pf import recipe "$fixtures/l-bracket.json" >/dev/null 2>"$work/err"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "a second import of the same id exited $rc"
[ "$(wc -l <"$work/err")" -eq 1 ] && grep -q '^partforge: import recipe: a part with id web-l-bracket-3 exists already' "$work/err" \
	|| fail "second import: $(cat "$work/err")"
set +e
pf import recipe "$fixtures/torus-cut.json" >/dev/null 2>"$work/err"; rc=$?
set -e
[ "$rc" -eq 1 ] || fail "the torus recipe exited $rc"
grep -q "^partforge: import recipe torus-cut.json: primitive 'groove' (torus): cannot be represented exactly" "$work/err" \
	|| fail "torus: $(cat "$work/err")"
! grep -v '^partforge: ' "$work/err" >/dev/null || fail "torus: a line without 'partforge: ': $(cat "$work/err")"
! grep -q 'Exception\|\tat ' "$work/err" || fail "a stack trace: $(cat "$work/err")"
echo "import-recipe smoke: OK"

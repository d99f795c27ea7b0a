#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
#
# check-step.sh [--maxtol MM] FILE...
# Validates STEP files with OpenCASCADE DRAW (Debian package occt-draw) in one session.
# Per file it prints one line:
#   STEPCHECK <OK|FAIL> file=<path> solids=<n> valid=<0|1> maxtol=<mm> volume=<mm^3> area=<mm^2> bbox=<dx>x<dy>x<dz> [reason=<text>]
# OCCT converts the file's length unit to millimetres on reading, so volume/bbox are in mm.
# Exit: 0 all OK | 1 some file failed | 3 occt-draw missing or crashed
set -u
MAXTOL=0.01
if [ "${1:-}" = "--maxtol" ]; then MAXTOL=$2; shift 2; fi
[ $# -gt 0 ] || { sed -n '4,9p' "$0"; exit 3; }
DRAW=${OCCT_DRAW:-$(command -v occt-draw || command -v DRAWEXE || true)}
{ [ -n "$DRAW" ] && [ -x "$DRAW" ]; } || { echo "check-step.sh: occt-draw not found (apt-get install --no-install-recommends occt-draw)" >&2; exit 3; }

# Debian's DRAW loads plug-ins by unversioned library names that only the -dev packages ship:
# provide them as private symlinks instead of requiring those packages.
if ! ldconfig -p | grep -q 'libTKTopTest\.so '; then
  LINKS=${PARTFORGE_OCCT_LINKS:-${TMPDIR:-/tmp}/partforge-occt-links}
  mkdir -p "$LINKS"
  for lib in /usr/lib/*/libTK*.so.*; do
    name=$(basename "$lib"); ln -sfn "$lib" "$LINKS/${name%%.so.*}.so"
  done
  export LD_LIBRARY_PATH="$LINKS${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi

TCL=$(mktemp "${TMPDIR:-/tmp}/check-step.XXXXXX.tcl")
trap 'rm -f "$TCL"' EXIT
{
  echo "pload MODELING DATAEXCHANGE"
  echo "set maxtolLimit $MAXTOL"
  cat <<'TCL'
proc num {re txt} { if {[regexp $re $txt -> v]} { return $v }; return "" }
proc check {f} {
  global maxtolLimit
  if {[catch {testreadstep $f s} err]} { puts "STEPCHECK FAIL file=$f reason=cannot-load"; return }
  set counts [nbshapes s -t]
  set nsol [num {SOLID\s*:\s*(\d+)} $counts]
  set valid [string match "*This shape seems to be valid*" [checkshape s]]
  set tol 0
  set mt [maxtolerance s]
  foreach k {Face Edge Vertex} {
    set t [num "$k\\s*:\\s*Min\\s*\\S+\\s*Max\\s*(\\S+)" $mt]
    if {$t ne "" && $t > $tol} { set tol $t }
  }
  set vol [num {Mass :\s*(\S+)} [vprops s -full]]
  set area [num {Mass :\s*(\S+)} [sprops s -full]]
  lassign [bounding s -optimal] x0 y0 z0 x1 y1 z1
  set bb [format "%.6fx%.6fx%.6f" [expr {$x1-$x0}] [expr {$y1-$y0}] [expr {$z1-$z0}]]
  set why {}
  if {$nsol eq "" || $nsol < 1} { lappend why no-solid }
  if {!$valid} { lappend why checkshape }
  if {$tol > $maxtolLimit} { lappend why maxtol }
  if {$vol eq "" || $vol <= 0} { lappend why volume }
  set st [expr {[llength $why] ? "FAIL" : "OK"}]
  set line "STEPCHECK $st file=$f solids=$nsol valid=$valid maxtol=$tol volume=$vol area=$area bbox=$bb"
  if {[llength $why]} { append line " reason=[join $why ,]" }
  puts $line
  unset s
}
TCL
  for f in "$@"; do
    abs=$(realpath "$f" 2>/dev/null || echo "$f")
    echo "check {$abs}"
  done
  echo "exit"
} > "$TCL"

OUT=$(env -u DISPLAY "$DRAW" -b -f "$TCL" 2>&1)
RC=$?
LINES=$(grep '^STEPCHECK ' <<<"$OUT")
[ -n "$LINES" ] && echo "$LINES"
N=$(grep -c '^STEPCHECK ' <<<"$OUT")
if [ "$N" -ne $# ]; then
  echo "check-step.sh: DRAW reported $N of $# files (rc=$RC); last output:" >&2
  tail -20 <<<"$OUT" >&2
  exit 3
fi
grep -q '^STEPCHECK FAIL' <<<"$LINES" && exit 1
exit 0

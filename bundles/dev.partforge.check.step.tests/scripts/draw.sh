#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
#
# draw.sh SCRIPT.tcl: runs a Tcl script in OpenCASCADE DRAW (Debian package occt-draw), batch mode.
# Exit: DRAW's exit code | 3 when occt-draw is missing
set -u
DRAW=${OCCT_DRAW:-$(command -v occt-draw || command -v DRAWEXE || true)}
{ [ -n "$DRAW" ] && [ -x "$DRAW" ]; } || { echo "draw.sh: occt-draw not found (apt-get install --no-install-recommends occt-draw)" >&2; exit 3; }
# Debian's DRAW loads plug-ins by unversioned library names that only the -dev packages ship.
if ! ldconfig -p | grep -q 'libTKTopTest\.so '; then
  LINKS=${PARTFORGE_OCCT_LINKS:-${TMPDIR:-/tmp}/partforge-occt-links}
  mkdir -p "$LINKS"
  for lib in /usr/lib/*/libTK*.so.*; do
    name=$(basename "$lib"); ln -sfn "$lib" "$LINKS/${name%%.so.*}.so"
  done
  export LD_LIBRARY_PATH="$LINKS${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi
exec env -u DISPLAY "$DRAW" -b -f "$1"

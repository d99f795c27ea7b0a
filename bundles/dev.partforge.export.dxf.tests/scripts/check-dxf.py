#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
"""check-dxf.py DIR_OR_FILE...

Validates PartForge DXF drawings with ezdxf (Debian python3-ezdxf; run with /usr/bin/python3).
For every FILE.dxf with a sidecar FILE.json ({"insunits": 4, "dimensions": [{"param", "value"}...], "callouts": N, "mtexts": M}):
  - strict read, audit with zero errors AND zero fixes,
  - $ACADVER AC1027, $INSUNITS as expected, $MEASUREMENT consistent,
  - layers OUTLINE HIDDEN CENTER DIMENSIONS TITLEBLOCK FRAME with their linetypes,
  - every DIMENSION in modelspace, in file order, has a geometry block and ezdxf's own
    get_measurement() equal to the recipe value (relative 1e-6), one DIMENSION per expected value,
  - one LEADER per callout and one MTEXT per callout, or per plain run of a callout with stroked ISO 129-1 symbols,
  - as many HATCH entities as "hatches" says (sections), each on layer HATCH with pattern ANSI31 (45°), a pattern
    definition line, and closed polyline boundary paths of at least three vertices,
  - custom properties PartId, Seed, Difficulty present.
Exit: 0 all OK, 1 some file failed, 2 usage, 3 ezdxf missing.
"""
import json
import os
import sys

try:
    import ezdxf
except ImportError:
    print("ezdxf is not installed (apt-get install python3-ezdxf)")
    sys.exit(3)

LAYERS = {"OUTLINE": "Continuous", "HIDDEN": "HIDDEN2", "CENTER": "CENTERTINY", "DIMENSIONS": "Continuous",
          "TITLEBLOCK": "Continuous", "FRAME": "Continuous"}


def check(path):
    problems = []
    doc = ezdxf.readfile(path)
    auditor = doc.audit()
    if auditor.errors or auditor.fixes:
        problems += [f"audit {e.code}: {e.message}" for e in list(auditor.errors) + list(auditor.fixes)]
    if doc.dxfversion != "AC1027":
        problems.append(f"version {doc.dxfversion}")
    side = os.path.splitext(path)[0] + ".json"
    expected = json.load(open(side)) if os.path.exists(side) else None
    units = doc.header.get("$INSUNITS")
    if expected is not None and units != expected["insunits"]:
        problems.append(f"$INSUNITS {units} != {expected['insunits']}")
    if doc.header.get("$MEASUREMENT") != (1 if units == 4 else 0):
        problems.append(f"$MEASUREMENT {doc.header.get('$MEASUREMENT')} for $INSUNITS {units}")
    for name, lt in LAYERS.items():
        if name not in doc.layers:
            problems.append(f"layer {name} missing")
        elif doc.layers.get(name).dxf.linetype != lt:
            problems.append(f"layer {name} linetype {doc.layers.get(name).dxf.linetype} != {lt}")
    custom = dict(doc.header.custom_vars)
    for key in ("PartId", "Seed", "Difficulty"):
        if key not in custom:
            problems.append(f"custom property {key} missing")
    dims = [e for e in doc.modelspace() if e.dxftype() == "DIMENSION"]
    if expected is not None:
        want = expected["dimensions"]
        if len(dims) != len(want):
            problems.append(f"{len(dims)} DIMENSIONs, expected {len(want)}")
        for d, w in zip(dims, want):
            m = d.get_measurement()
            if abs(m - w["value"]) > 1e-6 * max(1.0, abs(w["value"])):
                problems.append(f"DIMENSION {w['param']} measures {m}, recipe says {w['value']}")
            if d.get_geometry_block() is None:
                problems.append(f"DIMENSION {w['param']} has no geometry block")
        leaders = [e for e in doc.modelspace() if e.dxftype() == "LEADER"]
        mtexts = [e for e in doc.modelspace() if e.dxftype() == "MTEXT"]
        if len(leaders) != expected["callouts"] or len(mtexts) != expected["mtexts"]:
            problems.append(f"{len(leaders)} LEADERs and {len(mtexts)} MTEXTs, expected {expected['callouts']} callouts "
                            f"in {expected['mtexts']} MTEXTs")
        hatches = [e for e in doc.modelspace() if e.dxftype() == "HATCH"]
        if len(hatches) != expected.get("hatches", 0):
            problems.append(f"{len(hatches)} HATCHes, expected {expected.get('hatches', 0)}")
        for h in hatches:
            if h.dxf.layer != "HATCH" or h.dxf.pattern_name != "ANSI31" or h.dxf.solid_fill != 0:
                problems.append(f"HATCH {h.dxf.handle}: layer {h.dxf.layer}, pattern {h.dxf.pattern_name}")
            if h.pattern is None or len(h.pattern.lines) != 1 or abs(h.pattern.lines[0].angle - 45) > 1e-9:
                problems.append(f"HATCH {h.dxf.handle}: pattern definition missing or not at 45 degrees")
            if len(h.paths) == 0:
                problems.append(f"HATCH {h.dxf.handle} has no boundary path")
            for p in h.paths:
                if not getattr(p, "is_closed", False) or len(p.vertices) < 2:
                    problems.append(f"HATCH {h.dxf.handle}: boundary path not a closed polyline")
    return problems, len(dims)


def main(args):
    if not args:
        print(__doc__)
        return 2
    files = []
    for a in args:
        if os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith(".dxf"))
        else:
            files.append(a)
    failed = 0
    dims = 0
    for f in files:
        try:
            problems, n = check(f)
        except Exception as e:  # noqa: BLE001 - any reader failure is a failed file
            problems, n = [f"cannot read: {type(e).__name__}: {e}"], 0
        dims += n
        if problems:
            failed += 1
            print(f"FAIL {f}")
            for p in problems[:10]:
                print(f"    {p}")
    print(f"checked {len(files)} files, {dims} dimensions, {failed} failed (ezdxf {ezdxf.__version__})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

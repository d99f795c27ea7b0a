#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
"""check-dxf-r12.py DIR

For every pair NAME.dxf (R2013) and NAME-r12.dxf (R12) in DIR, with ezdxf (Debian python3-ezdxf; run
with /usr/bin/python3):
  - the R12 file reads strictly, its version is AC1009, ezdxf's audit finds no error and fixes nothing,
    it holds only LINE, ARC, CIRCLE, SOLID and TEXT entities and no handles;
  - both have the same layers;
  - per layer and entity type, the R12 file has as many LINE, ARC, CIRCLE, SOLID and TEXT entities as
    the R2013 file with its DIMENSIONs exploded (their blocks), its LEADERs as lines and arrowheads and
    its MTEXTs as one TEXT per line; a section's HATCH is its hatch lines in R12: at least one LINE on the
    hatch's layer and each line inside the hatch's boundary box;
  - the same texts on the same layers, and the same extents of the geometry (1e-6 relative).
Exit: 0 all OK, 1 some file failed, 2 usage, 3 ezdxf missing.
"""
import collections
import os
import sys

try:
    import ezdxf
    from ezdxf import bbox
    from ezdxf.lldxf.encoding import decode_dxf_unicode
except ImportError:
    print("ezdxf is not installed (apt-get install python3-ezdxf)")
    sys.exit(3)

R12_TYPES = {"LINE", "ARC", "CIRCLE", "SOLID", "TEXT"}


def decode(s):
    """Text as read: %%c and %%d, and the \\U+XXXX escapes of characters beyond an R12 file's code page."""
    return decode_dxf_unicode(s.replace("%%c", "\u00d8").replace("%%d", "\u00b0"))


def flatten(doc):
    """(layer, type) counts, texts per layer and geometry of a modelspace with dimensions and callouts exploded."""
    counts = collections.Counter()
    texts = collections.Counter()
    geometry = []
    for e in doc.modelspace():
        t = e.dxftype()
        layer = e.dxf.layer
        if t == "DIMENSION":
            parts = list(e.virtual_entities())
        elif t == "LEADER":
            # drawn as its segments and an arrowhead at the first vertex
            counts[(layer, "LINE")] += len(e.vertices) - 1
            counts[(layer, "SOLID")] += 1
            geometry.append(("points", list(e.vertices)))
            continue
        elif t == "HATCH":
            counts[(layer, "HATCH")] += 1
            box = bbox.BoundingBox()
            for path in e.paths:
                box.extend(boundary_points(path.vertices))
            geometry.append(("hatch", layer, box))
            continue
        elif t == "MTEXT":
            for line in e.plain_text(split=True):
                counts[(layer, "TEXT")] += 1
                texts[(layer, decode(line))] += 1
            continue
        else:
            parts = [e]
        for p in parts:
            pt = p.dxftype()
            pl = layer if t == "DIMENSION" else p.dxf.layer
            counts[(pl, pt)] += 1
            if pt == "TEXT":
                texts[(pl, decode(p.dxf.text))] += 1
            elif pt in ("LINE", "ARC", "CIRCLE", "SOLID"):
                geometry.append(p)
    return counts, texts, geometry


def boundary_points(vertices):
    """The vertices of a polyline boundary path and points along its bulged pieces (arcs)."""
    import math
    pts = []
    n = len(vertices)
    for i, v in enumerate(vertices):
        x0, y0 = v[0], v[1]
        bulge = v[2] if len(v) > 2 else 0
        pts.append((x0, y0))
        if bulge:
            x1, y1 = vertices[(i + 1) % n][0], vertices[(i + 1) % n][1]
            sweep = 4 * math.atan(bulge)
            c = math.hypot(x1 - x0, y1 - y0)
            d = c / 2 / math.tan(sweep / 2)
            ox = (x0 + x1) / 2 - (y1 - y0) / c * d
            oy = (y0 + y1) / 2 + (x1 - x0) / c * d
            r = math.hypot(x0 - ox, y0 - oy)
            a0 = math.atan2(y0 - oy, x0 - ox)
            pts += [(ox + r * math.cos(a0 + sweep * k / 64), oy + r * math.sin(a0 + sweep * k / 64)) for k in range(1, 64)]
    return pts


def extents(geometry):
    box = bbox.BoundingBox()
    for g in geometry:
        if isinstance(g, tuple) and g[0] == "hatch":
            continue  # inside the section's outline, which is drawn
        if isinstance(g, tuple):
            box.extend(g[1])
        else:
            box.extend(bbox.extents([g]))
    return box


def check(r2013, r12):
    problems = []
    new = ezdxf.readfile(r2013)
    old = ezdxf.readfile(r12)
    if old.dxfversion != "AC1009":
        problems.append(f"version {old.dxfversion}, expected AC1009")
    auditor = old.audit()
    if auditor.errors or auditor.fixes:
        problems += [f"audit {e.code}: {e.message}" for e in list(auditor.errors) + list(auditor.fixes)][:5]
    with open(r12, "rb") as f:
        raw = f.read().decode("cp1252").splitlines()
    if any(raw[i].strip() == "5" for i in range(0, len(raw) - 1, 2)):
        problems.append("R12 file has handles (group 5)")
    others = {e.dxftype() for e in old.modelspace()} - R12_TYPES
    if others:
        problems.append(f"R12 file has {sorted(others)}")
    if {l.dxf.name.upper() for l in new.layers} != {l.dxf.name.upper() for l in old.layers}:
        problems.append(f"layers {sorted(l.dxf.name for l in old.layers)} != {sorted(l.dxf.name for l in new.layers)}")
    c_new, t_new, g_new = flatten(new)
    c_old, t_old, g_old = flatten(old)
    for g in g_new:
        if isinstance(g, tuple) and g[0] == "hatch":
            layer, box = g[1], g[2]
            lines = [e for e in old.modelspace() if e.dxftype() == "LINE" and e.dxf.layer == layer]
            if not lines:
                problems.append(f"HATCH on {layer}: no hatch lines in R12")
            size = max(box.size.x, box.size.y)
            for e in lines:
                for v in (e.dxf.start, e.dxf.end):
                    if not (box.extmin.x - 1e-6 * size <= v[0] <= box.extmax.x + 1e-6 * size
                            and box.extmin.y - 1e-6 * size <= v[1] <= box.extmax.y + 1e-6 * size):
                        problems.append(f"hatch line {v} outside the HATCH boundary {box.extmin}..{box.extmax}")
                        break
            c_new.pop((layer, "HATCH"), None)
            c_old.pop((layer, "LINE"), None)
    for key in sorted(set(c_new) | set(c_old)):
        if c_new[key] != c_old[key]:
            problems.append(f"{key[1]} on {key[0]}: {c_old[key]} in R12, {c_new[key]} in R2013")
    if t_new != t_old:
        problems.append(f"texts differ: only R12 {sorted((t_old - t_new).elements())[:5]}, only R2013 {sorted((t_new - t_old).elements())[:5]}")
    b_new, b_old = extents(g_new), extents(g_old)
    size = max(b_new.size.x, b_new.size.y)
    if (b_new.extmin - b_old.extmin).magnitude > 1e-6 * size or (b_new.extmax - b_old.extmax).magnitude > 1e-6 * size:
        problems.append(f"extents {b_old.extmin}..{b_old.extmax} in R12, {b_new.extmin}..{b_new.extmax} in R2013")
    return problems, sum(c_old.values())


def main(args):
    if len(args) != 1 or not os.path.isdir(args[0]):
        print(__doc__)
        return 2
    d = args[0]
    pairs = sorted(f[:-8] for f in os.listdir(d) if f.endswith("-r12.dxf"))
    failed = entities = 0
    for name in pairs:
        try:
            problems, n = check(os.path.join(d, name + ".dxf"), os.path.join(d, name + "-r12.dxf"))
        except Exception as e:  # noqa: BLE001 - any reader failure is a failed file
            problems, n = [f"cannot read: {type(e).__name__}: {e}"], 0
        entities += n
        if problems:
            failed += 1
            print(f"FAIL {name}")
            for p in problems[:10]:
                print(f"    {p}")
    print(f"compared {len(pairs)} R12/R2013 pairs, {entities} R12 entities, {failed} failed (ezdxf {ezdxf.__version__})")
    return 1 if failed or not pairs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

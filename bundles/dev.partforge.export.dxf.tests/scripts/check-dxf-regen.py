#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
"""check-dxf-regen.py DIR_OR_FILE...

Regenerates every DIMENSION of PartForge DXF drawings from its own attributes, the way CAD programs
do that ignore the stored block (LibreCAD always, AutoCAD and its clones after an edit or a
regeneration), and compares the result with the stored block. Uses ezdxf's dimension renderer
(Debian python3-ezdxf; run with /usr/bin/python3) as that reader:
  - the dimension style named by the entity, with the DSTYLE overrides of its XDATA;
  - the text at the stored text midpoint when the entity says its text location is user-defined
    (group 70 bit 128), moved as the style's DIMTMOVE says; otherwise wherever the renderer puts it;
  - no ezdxf-only settings.
Per DIMENSION the regenerated text must equal the stored text (after %%c/%%d/%%p decoding), its
midpoint must lie within 1 mm of the stored text's midpoint on paper (model distance / $DIMSCALE),
its rotation must equal the stored one (0.5 degrees) and its height the stored one (1 %).
Exit: 0 all equal, 1 some dimension differs, 2 usage, 3 ezdxf missing.
"""
import math
import os
import sys

try:
    import ezdxf
    from ezdxf.math import Vec2
except ImportError:
    print("ezdxf is not installed (apt-get install python3-ezdxf)")
    sys.exit(3)

TOLERANCE_MM = 1.0
TOLERANCE_DEG = 0.5
# advance width of a digit in units of the capital height (Helvetica 0.556 em, cap height 0.718 em); only
# used for stored TEXT that is not anchored at its middle
ADVANCE = 0.556 / 0.718


def decode(s):
    return s.replace("%%c", "\u00d8").replace("%%C", "\u00d8").replace("%%d", "\u00b0").replace("%%D", "\u00b0") \
        .replace("%%p", "\u00b1").replace("%%P", "\u00b1")


def text_info(e):
    """(text, midpoint, rotation, height) of a TEXT or MTEXT entity."""
    if e.dxftype() == "MTEXT":
        text = decode(e.plain_text(split=False))
        rot = e.get_rotation()
        h = e.dxf.char_height
        lines = text.count("\n") + 1
        ap = e.dxf.get("attachment_point", 1)
        d = Vec2.from_deg_angle(rot)
        n = d.orthogonal()
        width = max(len(x) for x in text.split("\n")) * ADVANCE * h
        height = h * (1 + (lines - 1) * 5 / 3)
        col = (ap - 1) % 3  # 0 left, 1 centre, 2 right
        row = (ap - 1) // 3  # 0 top, 1 middle, 2 bottom
        mid = Vec2(e.dxf.insert) + d * (width / 2 * (1 - col)) + n * (height / 2 * (row - 1))
        return text, mid, rot % 360, h
    text = decode(e.dxf.text)
    h = e.dxf.height
    rot = e.dxf.get("rotation", 0.0)
    d = Vec2.from_deg_angle(rot)
    n = d.orthogonal()
    halign = e.dxf.get("halign", 0)
    valign = e.dxf.get("valign", 0)
    anchor = Vec2(e.dxf.align_point) if (halign or valign) else Vec2(e.dxf.insert)
    width = len(text) * ADVANCE * h
    dx = {0: width / 2, 1: 0.0, 2: -width / 2, 4: 0.0}.get(halign, 0.0)
    dy = {0: h / 2, 1: h / 2, 2: 0.0, 3: -h / 2}.get(valign, h / 2)
    return text, anchor + d * dx + n * dy, rot % 360, h


def texts_of(doc, block_name):
    block = doc.blocks.get(block_name) if block_name else None
    if block is None:
        return None
    found = [text_info(e) for e in block if e.dxftype() in ("TEXT", "MTEXT")]
    if not found:
        return None
    found.sort(key=lambda t: -t[1].y)
    return "\n".join(t[0] for t in found), found[0][1], found[0][2], found[0][3]


def regenerate(doc, dim):
    """Renders the DIMENSION anew from its attributes, as a reader that ignores the stored block does."""
    ov = dim.override()
    if dim.dxf.dimtype & 128:
        ov["user_location"] = Vec2(dim.dxf.text_midpoint)
        ov["relative_user_location"] = False
    ov.render()
    return texts_of(doc, dim.dxf.geometry)


def angle_diff(a, b):
    d = abs(a - b) % 360
    return min(d, 360 - d)


def check(path):
    doc = ezdxf.readfile(path)
    paper = doc.header.get("$DIMSCALE", 1.0) or 1.0
    dims = [e for e in doc.modelspace() if e.dxftype() == "DIMENSION"]
    stored = [texts_of(doc, d.dxf.geometry) for d in dims]
    problems = []
    differ = 0
    for dim, before in zip(dims, stored):
        known = len(problems)
        label = f"DIMENSION {dim.dxf.handle} ({'linear' if dim.dimtype < 2 else 'diameter' if dim.dimtype == 3 else 'radius' if dim.dimtype == 4 else dim.dimtype})"
        if before is None:
            problems.append(f"{label}: stored block has no text")
            differ += 1
            continue
        try:
            after = regenerate(doc, dim)
        except Exception as e:  # noqa: BLE001 - a dimension the renderer cannot rebuild is a failure
            problems.append(f"{label}: cannot regenerate: {type(e).__name__}: {e}")
            differ += 1
            continue
        if after is None:
            problems.append(f"{label}: regenerated block has no text")
            differ += 1
            continue
        if after[0] != before[0]:
            problems.append(f"{label}: text {after[0]!r} regenerated, {before[0]!r} stored")
        moved = (after[1] - before[1]).magnitude / paper
        if moved > TOLERANCE_MM:
            problems.append(f"{label} {before[0]!r}: text moves {moved:.1f} mm on paper")
        if angle_diff(after[2], before[2]) > TOLERANCE_DEG:
            problems.append(f"{label} {before[0]!r}: text turns from {before[2]:.0f} to {after[2]:.0f} degrees")
        if abs(after[3] - before[3]) > 0.01 * before[3]:
            problems.append(f"{label} {before[0]!r}: text height {after[3] / paper:.2f} mm on paper, {before[3] / paper:.2f} stored")
        differ += len(problems) > known
    return problems, len(dims), differ


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
    failed = dims = differ = 0
    for f in files:
        try:
            problems, n, d = check(f)
        except Exception as e:  # noqa: BLE001 - any reader failure is a failed file
            problems, n, d = [f"cannot read: {type(e).__name__}: {e}"], 0, 0
        dims += n
        differ += d
        if problems:
            failed += 1
            print(f"FAIL {f}")
            for p in problems[:8]:
                print(f"    {p}")
    print(f"regenerated {dims} dimensions in {len(files)} files: {differ} differ, {failed} files failed "
          f"(ezdxf {ezdxf.__version__})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

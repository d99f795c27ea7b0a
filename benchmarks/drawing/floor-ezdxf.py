#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
"""floor-ezdxf.py target/entities.txt: writes every part's entities with ezdxf (R2013, same layers,
LINE/ARC/CIRCLE/TEXT/SOLID, no DIMENSION logic) to memory and reports p50/p95 per part."""
import io
import sys
import time

import ezdxf


def parts(path):
    cur = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("PART "):
            if cur is not None:
                yield cur
            cur = []
        else:
            cur.append(line.rstrip("\n").split(" ", 5))
    if cur is not None:
        yield cur


def write(ents):
    doc = ezdxf.new("R2013")
    doc.header["$INSUNITS"] = 4
    for name in ("OUTLINE", "HIDDEN", "CENTER", "DIMENSIONS", "TITLEBLOCK", "FRAME", "TEXT"):
        doc.layers.add(name)
    msp = doc.modelspace()
    for e in ents:
        k, layer = e[0], e[1]
        if k == "L":
            x1, y1, x2, y2 = map(float, e[2:6])
            msp.add_line((x1, y1), (x2, y2), dxfattribs={"layer": layer})
        elif k == "A":
            cx, cy, r = map(float, e[2:5])
            s, end = map(float, e[5].split())
            if end - s >= 360 - 1e-9:
                msp.add_circle((cx, cy), r, dxfattribs={"layer": layer})
            else:
                msp.add_arc((cx, cy), r, s, end, dxfattribs={"layer": layer})
        elif k == "T":
            x, y, h = map(float, e[2:5])
            msp.add_text(e[5] if len(e) > 5 else "", dxfattribs={"layer": layer, "height": h, "insert": (x, y)})
        elif k == "S":
            v = list(map(float, " ".join(e[2:]).split()))
            msp.add_solid([(v[0], v[1]), (v[2], v[3]), (v[4], v[5])], dxfattribs={"layer": layer})
    doc.write(io.StringIO())


def main():
    times = []
    for ents in parts(sys.argv[1]):
        t0 = time.perf_counter()
        write(ents)
        times.append(time.perf_counter() - t0)
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(-(-q * len(times) // 100)) - 1)]
    print(f"floor: ezdxf {ezdxf.__version__} writing the same entities: parts {len(times)}  "
          f"p50 {p(50) * 1e3:8.2f} ms   p95 {p(95) * 1e3:8.2f} ms")


if __name__ == "__main__":
    main()

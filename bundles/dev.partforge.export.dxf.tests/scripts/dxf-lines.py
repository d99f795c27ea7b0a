#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
"""dxf-lines.py FILE

Reads a DXF file with ezdxf (Debian python3-ezdxf; run with /usr/bin/python3) and prints every LINE of its modelspace,
one a line: "x1 y1 x2 y2 LAYER" in drawing units. Exit: 0 read, 1 the file did not read, 2 usage, 3 ezdxf missing.
"""
import sys

try:
    import ezdxf
except ImportError:
    print("ezdxf is not installed (apt-get install python3-ezdxf)")
    sys.exit(3)


def main(args):
    if len(args) != 1:
        print(__doc__)
        return 2
    try:
        doc = ezdxf.readfile(args[0])
    except (IOError, ezdxf.DXFError) as e:
        print(f"{args[0]}: {e}")
        return 1
    for e in doc.modelspace().query("LINE"):
        s, t = e.dxf.start, e.dxf.end
        print(f"{s.x!r} {s.y!r} {t.x!r} {t.y!r} {e.dxf.layer}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

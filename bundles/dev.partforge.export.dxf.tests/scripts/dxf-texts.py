#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 PartForge contributors
# SPDX-License-Identifier: EPL-2.0
"""dxf-texts.py FILE...

Reads each DXF file with ezdxf (Debian python3-ezdxf; run with /usr/bin/python3) and prints one JSON object
per file: {"file": FILE, "texts": [...]} (UTF-8), the plain text of every TEXT in modelspace and every line of every MTEXT, as
ezdxf decodes them (MTEXT codes and %%c, %%d resolved, and the \\U+XXXX escapes of an R12 file with ezdxf's decoder).
Exit: 0 read, 1 a file did not read, 2 usage, 3 ezdxf missing.
"""
import json
import sys

try:
    import ezdxf
    from ezdxf.lldxf.encoding import decode_dxf_unicode
except ImportError:
    print("ezdxf is not installed (apt-get install python3-ezdxf)")
    sys.exit(3)


def texts(path):
    doc = ezdxf.readfile(path)
    out = []
    for e in doc.modelspace():
        if e.dxftype() == "TEXT":
            out.append(e.plain_text())
        elif e.dxftype() == "MTEXT":
            out.extend(e.plain_text().split("\n"))
    # an R12 file holds characters beyond its code page as \U+XXXX, which ezdxf leaves to its caller
    return [decode_dxf_unicode(t) for t in out]


def main(args):
    sys.stdout.reconfigure(encoding="utf-8")
    if not args:
        print(__doc__)
        return 2
    for path in args:
        try:
            print(json.dumps({"file": path, "texts": texts(path)}, ensure_ascii=False))
        except (IOError, ezdxf.DXFError) as e:
            print(f"{path}: {e}")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

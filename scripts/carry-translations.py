#!/usr/bin/python3
"""Carry translations to messages that moved (a new context, the same source text).

After `cmake --build build --target update_translations` (lupdate -no-obsolete), a text whose
class changed comes back unfinished and its old entry is gone. This fills each unfinished
message from the translation the same source text had in REV (default HEAD), in any context,
and lists what is still unfinished: those need a translator.

    scripts/carry-translations.py [REV]
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
root = Path(__file__).resolve().parent.parent
left = 0
for ts in sorted((root / "translations").glob("churnlab_*.ts")):
    rel = ts.relative_to(root).as_posix()
    old = ET.fromstring(subprocess.run(["git", "-C", str(root), "show", f"{rev}:{rel}"],
                                       check=True, capture_output=True).stdout)
    known = {}
    for m in old.iter("message"):
        t = m.find("translation")
        if t is not None and t.get("type") is None and (t.text or len(t)):
            known.setdefault((m.findtext("source"), m.get("numerus")), t)
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is None or t.get("type") != "unfinished":
                continue
            k = (m.findtext("source"), m.get("numerus"))
            if k in known:
                src = known[k]
                m.remove(t)
                new = ET.SubElement(m, "translation")
                new.text = src.text
                for child in src:
                    new.append(child)
                filled += 1
            else:
                left += 1
                print(f"{ts.name}: unfinished in {ctx.findtext('name')}: {k[0]!r}")
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    print(f"{ts.name}: {filled} carried over")
sys.exit(1 if left else 0)

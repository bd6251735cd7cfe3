#!/usr/bin/env python3
"""Fills translations into the .ts catalogs from tab-separated files.

Developer tool (not used by the build or CI). Workflow:
  cmake --build build --target update_translations      # lupdate: new strings appear unfinished
  scripts/ts-fill.py translations/pending/*.tsv          # fill them
  cmake --build build --target update_translations      # normalise the formatting

Each TSV line: context <TAB> source <TAB> Chinese [<TAB> English singular <TAB> English plural]
A Chinese plural gives its single form. The TSV wins over what the catalog holds. Escapes \\n and \\t are understood in every column.
`scripts/ts-fill.py --pending` prints the unfinished messages of the zh_CN catalog as TSV.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZH = ROOT / "translations" / "wsconsole_zh_CN.ts"
EN = ROOT / "translations" / "wsconsole_en.ts"


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def escape(s):
    return s.replace("\n", "\\n").replace("\t", "\\t")


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def save(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    path.write_text(text + ("\n" if not text.endswith("\n") else ""), encoding="utf-8")


def pending():
    _, root = load(ZH)
    for ctx, msg in messages(root):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            plural = "\t%n\t%n" if msg.get("numerus") == "yes" else ""
            print(f"{ctx}\t{escape(msg.findtext('source'))}\t{plural}")


def fill(files):
    table = {}
    for f in files:
        for n, line in enumerate(Path(f).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = [unescape(c) for c in line.split("\t")]
            if len(cols) < 3:
                sys.exit(f"{f}:{n}: need context, source and translation")
            table[(cols[0], cols[1])] = cols[2:]
    zt, zroot = load(ZH)
    et, eroot = load(EN)
    filled = missing = 0
    for ctx, msg in messages(zroot):
        key = (ctx, msg.findtext("source"))
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "vanished":
            continue
        if key not in table or not table[key][0]:
            if tr.get("type") == "unfinished":
                missing += 1
            continue
        zh = table[key][0]
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            nf = ET.SubElement(tr, "numerusform")
            nf.text = zh
        else:
            tr.text = zh
        tr.attrib.pop("type", None)
        filled += 1
    for ctx, msg in messages(eroot):
        if msg.get("numerus") != "yes":
            continue
        key = (ctx, msg.findtext("source"))
        tr = msg.find("translation")
        if tr is None or tr.get("type") != "unfinished":
            continue
        row = table.get(key)
        if not row or len(row) < 3:
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in row[1:3]:
            nf = ET.SubElement(tr, "numerusform")
            nf.text = form
        del tr.attrib["type"]
    save(zt, ZH)
    save(et, EN)
    print(f"filled {filled}, still unfinished {missing}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--pending":
        pending()
    else:
        fill(sys.argv[1:])

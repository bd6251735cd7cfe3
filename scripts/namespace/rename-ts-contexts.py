#!/usr/bin/env python3
"""Moves translations to the contexts the namespaced client uses (`Foo` -> `wsc::Foo`), idempotently.

Run from a tree's root after nswrap-client.py:   python3 scripts/namespace/rename-ts-contexts.py
then (lupdate over models api ui app, see DEVELOPERS.md) (it must print nothing).

A Q_OBJECT class's context is its qualified name, in lupdate and at run time
(metaObject()->className()): `Foo` becomes `wsc::Foo`. Contexts declared with
Q_DECLARE_TR_FUNCTIONS(X) or QT_TRANSLATE_NOOP("X", ...) are literal and keep their names, even
when X is also a class's name (createuserchecks.cpp translates in "CreateUserDialog" while the
dialog itself is now "wsc::CreateUserDialog").

So the script asks lupdate which context each message is used in now (a scan into a scratch
catalog) and moves every message of translations/*.ts that is not used in its context but is used
in the twin context (`Foo` <-> `wsc::Foo`) there, keeping a finished translation over an unfinished
one. Messages used nowhere are left for lupdate -no-obsolete. Running it again moves nothing.
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

NS = "wsc::"
SOURCES = ["models", "api", "ui", "app"]
ROOT = Path.cwd()
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")


def key(msg):
    return (msg.findtext("source") or "", msg.findtext("comment") or "")


def used_keys():
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scan.ts"
        subprocess.run([LUPDATE] + SOURCES + ["-I", str(ROOT), "-locations", "none",
                                              "-no-obsolete", "-ts", str(scratch)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        used = {}
        for ctx in ET.parse(scratch).getroot().iter("context"):
            used.setdefault(ctx.findtext("name"), set()).update(
                key(m) for m in ctx.iter("message"))
        return used


def twin(name):
    return name[len(NS):] if name.startswith(NS) else NS + name


def finished(msg):
    t = msg.find("translation")
    return t is not None and t.get("type") not in ("unfinished", "obsolete", "vanished")


def new_context(root, name, after):
    ctx = ET.Element("context")
    n = ET.SubElement(ctx, "name")
    n.text = name
    ctx.text = after.text
    n.tail = after.find("name").tail
    ctx.tail = after.tail
    root.insert(list(root).index(after) + 1, ctx)
    return ctx


def reconcile(path, used):
    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    moved = {}
    for name, ctx in list(contexts.items()):
        other = twin(name)
        here, there = used.get(name, set()), used.get(other, set())
        for msg in list(ctx.findall("message")):
            k = key(msg)
            if k in here or k not in there:
                continue
            target = contexts.get(other)
            if target is None:
                target = contexts[other] = new_context(root, other, ctx)
            existing = [m for m in target.findall("message") if key(m) == k]
            ctx.remove(msg)
            if existing:
                if finished(msg) and not finished(existing[0]):
                    target.remove(existing[0])
                    target.append(msg)
            else:
                target.append(msg)
            moved[(name, other)] = moved.get((name, other), 0) + 1
        if not ctx.findall("message"):
            root.remove(ctx)
            del contexts[name]
    if moved:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        text = path.read_text(encoding="utf-8").replace(
            "<?xml version='1.0' encoding='utf-8'?>",
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return moved


def main():
    if not (ROOT / "translations").is_dir():
        sys.exit("run from the tree's root (no translations/ here)")
    used = used_keys()
    total = 0
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        moved = reconcile(ts, used)
        n = sum(moved.values())
        total += n
        print("%s: %d message(s) moved in %d context(s)" % (ts.relative_to(ROOT), n, len(moved)))
        for (a, b), count in sorted(moved.items()):
            print("  %s -> %s: %d" % (a, b, count))
    print("%d message(s) moved" % total)


if __name__ == "__main__":
    main()

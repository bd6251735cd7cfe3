#!/usr/bin/env python3
"""Puts the client's code (models/ api/ ui/ app/) into `namespace wsc`, idempotently.

Run from a tree's root:   python3 scripts/namespace/wrap-client.py [--dry-run]
Then:                     python3 scripts/namespace/rename-ts-contexts.py && (lupdate over models api ui app, see DEVELOPERS.md)

What it does, file by file (it prints one line per file it changes and one per special case):

* models/ api/ ui/ app/ *.h *.cpp without a column-0 `namespace wsc {`:
  - `namespace wsc {` goes after the includes and after the forward declarations that must stay
    global: Qt classes (`class QLabel;`), foreign namespaces (`namespace wsemu { class X; }`),
    QT_BEGIN_NAMESPACE blocks. Forward declarations of client classes move inside.
  - `} // namespace wsc` at the end; after it, qualified with `wsc::`: Q_DECLARE_METATYPE,
    Q_DECLARE_TYPEINFO, the container/smart-pointer metatype macros, Q_DECLARE_INTERFACE,
    Q_IMPORT_PLUGIN, std::hash / `namespace std { ... }` specialisations; and moc includes
    (`#include "foo.moc"`, `#include "moc_foo.cpp"`).
  - Q_INIT_RESOURCE(x) / Q_CLEANUP_RESOURCE(x) (they declare an extern function, which must be
    global) become calls of a global helper `wscInitResource_x()` defined before the namespace.
  - `friend class X;` of a class that is not the client's (a test class) becomes
    `friend class ::X;` with a global forward declaration.
  - Q_DECLARE_TR_FUNCTIONS(X) needs nothing: its context is the literal X, at run time and in
    lupdate alike.
  - Files with `int main(` (app/*/main.cpp) are not wrapped: `using namespace wsc;` after the
    includes, client forward declarations become `namespace wsc { class X; }`.
* tests/ bench/ *.h *.cpp that include a client header (directly or through a test header):
  `using namespace wsc;` after the includes; client forward declarations become
  `namespace wsc { class X; }`. Files that only use the emulator are left alone.

Files it cannot do (a `#if` open where the namespace would start) are listed as MANUAL and left
unchanged; MANUAL_EXCEPTIONS below lists files known to need hand work (none so far).
"""
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

NS = "wsc"
CLIENT_DIRS = ["models", "api", "ui", "app"]
TEST_DIRS = ["tests", "bench"]
EXTS = (".h", ".cpp")
# Extra include roots (besides the tree root and the including file's folder), as the CMake
# files set them for tests.
EXTRA_INCLUDE_ROOTS = ["tests"]
# Files that need hand work and are skipped (path relative to the tree root): none so far.
MANUAL_EXCEPTIONS = {}

GLOBAL_MACROS = ("Q_DECLARE_METATYPE", "Q_DECLARE_TYPEINFO",
                 "Q_DECLARE_SEQUENTIAL_CONTAINER_METATYPE",
                 "Q_DECLARE_ASSOCIATIVE_CONTAINER_METATYPE", "Q_DECLARE_SMART_POINTER_METATYPE",
                 "Q_DECLARE_INTERFACE", "Q_IMPORT_PLUGIN", "Q_DECLARE_BUILTIN_METATYPE")
GLOBAL_MACRO_RE = re.compile(r"^(%s)\s*\(" % "|".join(GLOBAL_MACROS))
RESOURCE_RE = re.compile(r"\b(Q_INIT_RESOURCE|Q_CLEANUP_RESOURCE)\s*\(\s*(\w+)\s*\)\s*;")
FRIEND_RE = re.compile(r"^(\s*)friend\s+(class|struct)\s+(\w+)\s*;")
MOC_INCLUDE_RE = re.compile(r'^#\s*include\s+"(moc_\w+\.cpp|\w+\.moc)"\s*$')
FWD_RE = re.compile(r"^(class|struct)\s+(\w+)\s*;\s*(//.*)?$")
NS_OPEN_RE = re.compile(r"^namespace\s+(\w+)\s*\{\s*$")
NS_ONELINE_RE = re.compile(r"^namespace\s+(\w+)\s*\{(.*)\}\s*(//.*)?$")
QT_GLOBAL_RE = re.compile(r"^(QT_BEGIN_NAMESPACE|QT_END_NAMESPACE|QT_FORWARD_DECLARE_\w+\(.*\)|"
                          r"Q_MOC_INCLUDE\(.*\))\s*;?\s*$")
INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
MAIN_RE = re.compile(r"^int\s+main\s*\(", re.M)
WRAPPED_RE = re.compile(r"^namespace %s \{" % NS, re.M)
USING_RE = re.compile(r"^using namespace %s;" % NS, re.M)

ROOT = Path.cwd()
LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
CLANG_FORMAT = os.environ.get("CLANG_FORMAT", "clang-format")
DRY = "--dry-run" in sys.argv
log = []
manual = []
changed = set()


def rel(p):
    return str(Path(p).relative_to(ROOT))


def source_files(dirs):
    out = []
    for d in dirs:
        for dirpath, dirnames, filenames in os.walk(ROOT / d):
            dirnames[:] = sorted(x for x in dirnames if x != "build")
            for f in sorted(filenames):
                if f.endswith(EXTS):
                    out.append(Path(dirpath) / f)
    return out


def strip_comments_and_strings(text):
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return text


def client_names(files):
    """Names the client defines at any level: classes, structs, enums, namespaces, aliases."""
    names = set()
    pats = [re.compile(r"^\s*(?:class|struct)\s+(?:\w+_EXPORT\s+)?(\w+)(?:\s+final)?\s*(?::[^;]*)?$", re.M),
            re.compile(r"^\s*(?:class|struct)\s+(\w+)(?:\s+final)?\s*(?::[^;{]*)?\{", re.M),
            re.compile(r"^\s*enum\s+(?:class\s+|struct\s+)?(\w+)\s*(?::\s*\w+\s*)?\{?\s*$", re.M),
            re.compile(r"^\s*enum\s+(?:class\s+|struct\s+)?(\w+)\s*(?::\s*\w+\s*)?\{", re.M),
            re.compile(r"^namespace\s+(\w+)\s*\{", re.M),
            re.compile(r"^\s*using\s+(\w+)\s*=", re.M),
            re.compile(r"^\s*typedef\s+.*\b(\w+)\s*;", re.M)]
    for f in files:
        text = strip_comments_and_strings(f.read_text(encoding="utf-8"))
        # `namespace wsemu { class X; }` names no namespace of the client's
        text = re.sub(r"^namespace\s+\w+\s*\{(?:\s*(?:class|struct)\s+\w+\s*;)*\s*\}", "",
                      text, flags=re.M)
        for p in pats:
            names.update(p.findall(text))
    names.discard(NS)
    names -= {"std", "Qt", "QTest"}
    return names


def qualify(text, names):
    """Prefixes wsc:: to the client names in text (outside strings, not already qualified)."""
    parts = re.split(r'("(?:\\.|[^"\\])*")', text)
    for i in range(0, len(parts), 2):
        parts[i] = re.sub(r"(?<![\w:.>])(?<!->)\b([A-Za-z_]\w*)\b",
                          lambda m: NS + "::" + m.group(1) if m.group(1) in names else m.group(1),
                          parts[i])
    return "".join(parts)


class Preamble:
    """The leading includes / forward declarations of a file, and where its code starts."""

    def __init__(self, lines, names):
        self.items = []  # (start, end, kind, name)
        i, n = 0, len(lines)
        in_block = False
        while i < n:
            s = lines[i].strip()
            if in_block:
                self.items.append((i, i + 1, "neutral", None))
                if "*/" in s:
                    in_block = False
                i += 1
                continue
            if not s or s.startswith("//"):
                self.items.append((i, i + 1, "neutral", None))
                i += 1
                continue
            if s.startswith("/*"):
                in_block = "*/" not in s[2:]
                self.items.append((i, i + 1, "neutral", None))
                i += 1
                continue
            if s.startswith("#"):
                j = i
                while lines[j].rstrip().endswith("\\") and j + 1 < n:
                    j += 1
                kind = "moc" if MOC_INCLUDE_RE.match(s) else "pp"
                self.items.append((i, j + 1, kind, None))
                i = j + 1
                continue
            m = FWD_RE.match(lines[i])
            if m:
                name = m.group(2)
                self.items.append((i, i + 1, "cfwd" if name in names else "gfwd", name))
                i += 1
                continue
            if QT_GLOBAL_RE.match(s):
                self.items.append((i, i + 1, "gfwd", None))
                i += 1
                continue
            m = NS_ONELINE_RE.match(lines[i])
            if m and all(FWD_RE.match(x.strip() + ";") or not x.strip()
                         for x in m.group(2).split(";")[:-1]):
                self.items.append((i, i + 1, "cns" if m.group(1) in names else "gns", m.group(1)))
                i += 1
                continue
            m = NS_OPEN_RE.match(lines[i])
            if m:
                j = i + 1
                while j < n and (FWD_RE.match(lines[j]) or not lines[j].strip()):
                    j += 1
                if j < n and lines[j].startswith("}") and j > i + 1:
                    kind = "cns" if m.group(1) in names else "gns"
                    self.items.append((i, j + 1, kind, m.group(1)))
                    i = j + 1
                    continue
            break
        self.body = i
        # The namespace opens after the last non-neutral item; comments right above the code
        # belong to the code.
        self.end = 0
        for (a, b, kind, _) in self.items:
            if kind != "neutral":
                self.end = b
        self.depth = 0
        for line in lines[: self.end]:
            s = line.strip()
            if re.match(r"#\s*if", s):
                self.depth += 1
            elif re.match(r"#\s*endif", s):
                self.depth -= 1


def squeeze_blank(lines):
    out = []
    for line in lines:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    while out and not out[0].strip():
        out.pop(0)
    while out and not out[-1].strip():
        out.pop()
    return out


def client_fwd_block(decls):
    """`namespace wsc {` + forward declarations + `}`, as clang-format keeps it."""
    return ["namespace %s {" % NS] + decls + ["}"]


def pre_lines(lines, pre, keep_client_fwd_as_block):
    """The preamble's lines; the client forward declarations removed (returned) or re-blocked."""
    out, moved = [], []
    block_at = None
    for (a, b, kind, _) in pre.items:
        if a >= pre.end:
            break
        if kind == "cfwd":
            moved.append(lines[a].strip())
            if keep_client_fwd_as_block and block_at is None:
                block_at = len(out)
                out.append(None)
        elif kind == "cns":
            moved.extend(lines[a:b])
            if keep_client_fwd_as_block and block_at is None:
                block_at = len(out)
                out.append(None)
        else:
            out.extend(lines[a:b])
    if block_at is not None:
        out[block_at:block_at + 1] = client_fwd_block(moved)
    return out, moved


def take_block(lines, i):
    """End (exclusive) of the top-level block at line i: where its braces balance again."""
    depth, opened = 0, False
    for j in range(i, len(lines)):
        depth += lines[j].count("{") - lines[j].count("}")
        opened = opened or "{" in lines[j]
        if opened and depth <= 0:
            return j + 1
    return len(lines)


def wrap_client(path, names):
    text = path.read_text(encoding="utf-8")
    if WRAPPED_RE.search(text):
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    pre = Preamble(lines, names)
    if pre.depth != 0:
        manual.append("%s: a #if is open where the namespace would start" % rel(path))
        return
    if MAIN_RE.search(text):
        if USING_RE.search(text):
            return
        head, _ = pre_lines(lines, pre, keep_client_fwd_as_block=True)
        body = lines[pre.end:]
        out = squeeze_blank(head) + ["", "using namespace %s;" % NS, ""] + squeeze_blank(body)
        write(path, out, "main(): using namespace %s" % NS)
        return
    head, moved = pre_lines(lines, pre, keep_client_fwd_as_block=False)
    body = lines[pre.end:]
    if not any(l.strip() for l in body) and not moved:
        log.append("%s: nothing to wrap" % rel(path))
        return
    notes = []
    after, moc, helpers = [], [], []
    kept = []
    i = 0
    while i < len(body):
        line = body[i]
        if MOC_INCLUDE_RE.match(line.strip()) and not line.startswith((" ", "\t")):
            moc.append(line)
            notes.append("moc include after the namespace")
            i += 1
            continue
        m = GLOBAL_MACRO_RE.match(line)
        if m:
            j = i
            depth = line.count("(") - line.count(")")
            while depth > 0 and j + 1 < len(body):
                j += 1
                depth += body[j].count("(") - body[j].count(")")
            macro = "\n".join(body[i:j + 1])
            after.append(qualify(macro, names))
            notes.append("%s global, qualified" % m.group(1))
            i = j + 1
            continue
        if re.match(r"^namespace\s+std\s*\{", line) or (
                re.match(r"^template\s*<\s*>", line) and i + 1 < len(body)
                and re.search(r"\bstd\s*::", line + body[i + 1])):
            j = take_block(body, i)
            after.append(qualify("\n".join(body[i:j]), names))
            notes.append("std specialisation global, qualified")
            i = j
            continue
        m = FRIEND_RE.match(line)
        if m and m.group(3) not in names:
            helpers.append("%s %s;" % (m.group(2), m.group(3)))
            line = "%sfriend %s ::%s;" % (m.group(1), m.group(2), m.group(3))
            notes.append("friend %s global" % m.group(3))
        if RESOURCE_RE.search(line):
            def repl(mm):
                fn = "wscInitResource_%s" % mm.group(2) if mm.group(1) == "Q_INIT_RESOURCE" \
                    else "wscCleanupResource_%s" % mm.group(2)
                static = "inline" if path.suffix == ".h" else "static"
                helpers.append("%s void %s()\n{\n    %s(%s);\n}" % (static, fn, mm.group(1),
                                                                      mm.group(2)))
                notes.append("%s via global %s()" % (mm.group(1), fn))
                return "::%s();" % fn
            line = RESOURCE_RE.sub(repl, line)
        kept.append(line)
        i += 1
    out = squeeze_blank(head)
    helpers = list(dict.fromkeys(helpers))
    if helpers:
        out += [""] + [h for hh in helpers for h in (hh.split("\n") + [""])][:-1]
    if out:
        out.append("")
    out += ["namespace %s {" % NS, ""]
    if moved:
        out += moved + [""]
    out += squeeze_blank(kept)
    out += ["", "} // namespace %s" % NS]
    for a in after:
        out += ["", a]
    if moc:
        out += [""] + moc
    write(path, out, "wrapped" + (" (" + "; ".join(dict.fromkeys(notes)) + ")" if notes else ""))


def qualify_misread_tr(cfiles):
    """lupdate's parser loses track of the namespace in some functions ("Qualifying with unknown
    namespace/class") and then files `ApiTr::tr()` under the context "ApiTr" instead of the
    Q_DECLARE_TR_FUNCTIONS(Api) context "Api" that tr() uses at run time. `wsc::ApiTr::tr()`
    it resolves; so in the files lupdate warns about, tr() of those structs is qualified."""
    trs = set()
    for f in cfiles:
        text = strip_comments_and_strings(f.read_text(encoding="utf-8"))
        for m in re.finditer(r"\bQ_DECLARE_TR_FUNCTIONS\s*\(", text):
            decls = re.findall(r"^\s*(?:class|struct)\s+(\w+)[^;]*$", text[: m.start()], re.M)
            if decls:
                trs.add(decls[-1])
    if not trs:
        return
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([LUPDATE] + CLIENT_DIRS + ["-I", str(ROOT), "-locations", "none",
                                                      "-ts", str(Path(tmp) / "scan.ts")],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    files = sorted(set(re.findall(r"^(.*?):\d+: Qualifying with unknown namespace/class",
                                  r.stderr, re.M)))
    pat = re.compile(r"(?<![\w:])(%s)::tr\(" % "|".join(sorted(trs)))
    for name in files:
        path = Path(name)
        text = path.read_text(encoding="utf-8")
        new = pat.sub(lambda m: "%s::%s::tr(" % (NS, m.group(1)), text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            subprocess.run([CLANG_FORMAT, "-i", str(path)], check=False)
            log.append("%s: tr() of %s qualified with %s:: (lupdate misreads its context)"
                       % (rel(path), ", ".join(sorted(set(pat.findall(text)))), NS))


def global_qualified(cfiles, names):
    """`::hasErrors(x)` (a member hiding the free function) names the global one, which is now
    wsc::hasErrors: `::X` of a client name or of a function the client's headers declare
    becomes `wsc::X`; `::stat`, `::kill` and the like stay."""
    funcs = set()
    decl = re.compile(r"^(?:(?:inline|static|constexpr|extern)\s+)*[A-Za-z_][\w:]*(?:<[^;()]*>)?"
                      r"[\s*&]+(\w+)\s*\(")
    kind = re.compile(r"^(?:class|struct|enum(?:\s+class)?|using)\s+(\w+)")
    for f in cfiles:
        if f.suffix != ".h":
            continue
        text = strip_comments_and_strings(f.read_text(encoding="utf-8"))
        text = re.sub(r"^namespace %s \{|^\} // namespace %s" % (NS, NS), "", text, flags=re.M)
        depth = 0
        for line in text.split("\n"):
            if depth == 0:  # what the header declares directly in the namespace
                for r in (decl, kind):
                    m = r.match(line)
                    if m:
                        funcs.add(m.group(1))
            depth += line.count("{") - line.count("}")
    pat = re.compile(r"(?<![\w:>.])::([A-Za-z_]\w*)\b")
    for f in cfiles:
        text = f.read_text(encoding="utf-8")
        if not WRAPPED_RE.search(text):
            continue
        parts = re.split(r'("(?:\\.|[^"\\\n])*"|//[^\n]*)', text)
        hits = set()
        for i in range(0, len(parts), 2):
            def repl(m):
                if m.group(1) in funcs and m.group(1) not in ("wscInitResource", NS) \
                        and not m.group(1).startswith(("wscInitResource_", "wscCleanupResource_")):
                    hits.add(m.group(1))
                    return "%s::%s" % (NS, m.group(1))
                return m.group(0)
            parts[i] = pat.sub(repl, parts[i])
        new = "".join(parts)
        if new != text:
            write(f, new.split("\n")[:-1] if new.endswith("\n") else new.split("\n"),
                  "::%s -> %s::" % (", ::".join(sorted(hits)), NS))


def literal_contexts(cfiles, files):
    """A Q_OBJECT class's context is now "wsc::Foo": literal contexts naming it
    (QCoreApplication::translate("Foo", ...), QT_TRANSLATE_NOOP("Foo", ...)) follow. A name that
    is also a Q_DECLARE_TR_FUNCTIONS(Foo) context is ambiguous and only reported."""
    qobjects, declared = set(), set()
    for f in cfiles:
        text = strip_comments_and_strings(f.read_text(encoding="utf-8"))
        for m in re.finditer(r"\bQ_OBJECT\b", text):
            decls = re.findall(r"^\s*(?:class|struct)\s+(\w+)[^;]*$", text[: m.start()], re.M)
            if decls:
                qobjects.add(decls[-1])
        declared.update(re.findall(r"\bQ_DECLARE_TR_FUNCTIONS\s*\(\s*(\w+)\s*\)", text))
    pat = re.compile(r'\b(translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)(\s*\(\s*)"(\w+)"')
    for f in files:
        text = f.read_text(encoding="utf-8")

        def repl(m):
            if m.group(3) not in qobjects:
                return m.group(0)
            if m.group(3) in declared:
                manual.append('%s: context "%s" is a QObject and a Q_DECLARE_TR_FUNCTIONS '
                              "context; left as it is" % (rel(f), m.group(3)))
                return m.group(0)
            return '%s%s"%s::%s"' % (m.group(1), m.group(2), NS, m.group(3))
        new = pat.sub(repl, text)
        if new != text:
            write(f, new.split("\n")[:-1] if new.endswith("\n") else new.split("\n"),
                  'literal tr contexts of QObject classes -> "%s::Foo"' % NS)


def resolve_include(inc, path):
    cands = [ROOT / inc, path.parent / inc] + [ROOT / r / inc for r in EXTRA_INCLUDE_ROOTS]
    for c in cands:
        if c.is_file():
            return c.resolve()
    return None


def is_client(p):
    r = rel(p)
    return any(r.startswith(d + "/") for d in CLIENT_DIRS)


def uses_client(path, cache, stack=()):
    key = path.resolve()
    if key in cache:
        return cache[key]
    if key in stack:
        return False
    found = False
    for line in path.read_text(encoding="utf-8").split("\n"):
        m = INCLUDE_RE.match(line)
        if not m:
            continue
        target = resolve_include(m.group(1), path)
        if target is None:
            continue
        if is_client(target) or (not is_client(target) and uses_client(target, cache, stack + (key,))):
            found = True
            break
    cache[key] = found
    return found


def using_in_test(path, names, cache):
    text = path.read_text(encoding="utf-8")
    if USING_RE.search(text) or not uses_client(path, cache):
        return
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    pre = Preamble(lines, names)
    if pre.depth != 0:
        manual.append("%s: a #if is open after the includes" % rel(path))
        return
    head, _ = pre_lines(lines, pre, keep_client_fwd_as_block=True)
    body = squeeze_blank(lines[pre.end:])
    using = ["using namespace %s;" % NS]
    if body and body[0].startswith("using namespace "):
        out = squeeze_blank(head) + [""] + using + body
    else:
        out = squeeze_blank(head) + [""] + using + [""] + body
    write(path, out, "using namespace %s" % NS)


def write(path, out, what):
    text = "\n".join(out) + "\n"
    if text == path.read_text(encoding="utf-8"):
        return
    log.append("%s: %s" % (rel(path), what))
    if not DRY:
        path.write_text(text, encoding="utf-8")
        changed.add(path)


def main():
    for d in CLIENT_DIRS:
        if not (ROOT / d).is_dir():
            sys.exit("run from the tree's root (no %s/ here)" % d)
    cfiles = source_files(CLIENT_DIRS)
    names = client_names(cfiles)
    for f in cfiles:
        if rel(f) in MANUAL_EXCEPTIONS:
            manual.append("%s: %s (listed exception)" % (rel(f), MANUAL_EXCEPTIONS[rel(f)]))
            continue
        wrap_client(f, names)
    if not DRY:
        qualify_misread_tr(cfiles)
    global_qualified(cfiles, names)
    literal_contexts(cfiles, cfiles + source_files(TEST_DIRS))
    cache = {}
    for f in source_files(TEST_DIRS):
        if rel(f) in MANUAL_EXCEPTIONS:
            manual.append("%s: %s (listed exception)" % (rel(f), MANUAL_EXCEPTIONS[rel(f)]))
            continue
        using_in_test(f, names, cache)
    if changed:
        # The edits are laid out as clang-format does already; this only catches long lines.
        subprocess.run([CLANG_FORMAT, "-i"] + sorted(str(p) for p in changed), check=False)
    for line in log:
        print(line)
    for line in manual:
        print("MANUAL: " + line)
    print("%d file(s) %s, %d need hand work" % (len([l for l in log if "nothing" not in l]),
                                                 "would change" if DRY else "changed", len(manual)))
    return 1 if manual else 0


if __name__ == "__main__":
    sys.exit(main())

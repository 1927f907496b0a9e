"""Writes the expected symbol-table dumps of the corpus with CPython 3.12.

Run with CPython 3.12 (PYTHONHASHSEED=0):

    python3.12 gen_expected.py            # every *.py here -> *.sym
    python3.12 gen_expected.py --lib DIR  # every .py of CPython's Lib -> DIR/<n>.sym + DIR/index

A `.sym` file is the dump of `symtable.symtable(source, name, "exec")` (every table with its
type, name, line, nesting, parameters and symbols with their raw flags), or, for a source that
CPython refuses, one line `ERROR <type> <lineno> <offset> <msg>` taken from `compile()`.
The Rust side (tests/symtable.rs) prints the same format for ouro's table.
"""
import os
import sys
import symtable
import _symtable

FLAG_NAMES = [
    (1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"),
    (16, "USE"), (32, "DEF_FREE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"),
    (256, "DEF_ANNOT"), (512, "DEF_COMP_ITER"), (1024, "DEF_TYPE_PARAM"),
    (2048, "DEF_COMP_CELL"),
]
SCOPES = ["-", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"]


def flags_text(v):
    names = [n for bit, n in FLAG_NAMES if v & bit]
    scope = (v >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
    rest = v & ~((1 << 12) - 1) & ~(_symtable.SCOPE_MASK << _symtable.SCOPE_OFF)
    text = SCOPES[scope] + " " + ("|".join(names) or "0")
    if rest:
        text += " +%#x" % rest
    return text


def dump_table(t, out, depth=0):
    raw = t._table
    pad = "  " * depth
    out.append("%s%d %s line=%d nested=%d params=%s" % (
        pad, raw.type, raw.name, raw.lineno, raw.nested, ",".join(raw.varnames)))
    for name in sorted(raw.symbols):
        out.append("%s  %s: %s" % (pad, name, flags_text(raw.symbols[name])))
    for child in t.get_children():
        dump_table(child, out, depth + 1)


def dump_source(source, filename):
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        return "ERROR %s %s %s %s\n" % (type(e).__name__, e.lineno, e.offset, e.msg)
    out = []
    dump_table(symtable.symtable(source, filename, "exec"), out)
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--lib":
        outdir = sys.argv[2]
        os.makedirs(outdir, exist_ok=True)
        lib = os.path.dirname(os.__file__)
        index = []
        for root, dirs, files in os.walk(lib):
            dirs.sort()
            if "site-packages" in root:
                continue
            for f in sorted(files):
                if not f.endswith(".py"):
                    continue
                path = os.path.join(root, f)
                try:
                    with open(path, encoding="utf-8") as fh:
                        source = fh.read()
                except (UnicodeDecodeError, OSError):
                    continue
                n = len(index)
                try:
                    text = dump_source(source, path)
                except (RecursionError, MemoryError, ValueError) as e:
                    text = "SKIP %s\n" % type(e).__name__
                with open(os.path.join(outdir, "%d.sym" % n), "w") as fh:
                    fh.write(text)
                index.append(path)
        with open(os.path.join(outdir, "index"), "w") as fh:
            fh.write("\n".join(index) + "\n")
        return
    here = os.path.dirname(os.path.abspath(__file__))
    for f in sorted(os.listdir(here)):
        if f.endswith(".py") and f != "gen_expected.py":
            with open(os.path.join(here, f), encoding="utf-8") as fh:
                source = fh.read()
            with open(os.path.join(here, f[:-3] + ".sym"), "w") as fh:
                fh.write(dump_source(source, f))


if __name__ == "__main__":
    main()

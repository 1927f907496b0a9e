"""Print the first instruction whose source position differs between ouro and CPython 3.12.

Run with python3.12 after building ouro:
    python3.12 tools/diff_positions.py [--ouro PATH] FILE...
For each FILE, ouro compiles it (`ouro --compile`), CPython compiles the same bytes, and the
code objects are walked together; for each code object whose `co_positions()` differ, the
first differing instruction is printed with both positions and the source line.
"""

import argparse
import dis
import marshal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def walk(a, b, qual, out):
    if a.co_code == b.co_code and list(a.co_positions()) != list(b.co_positions()):
        out.append((qual, a, b))
    ca = [c for c in a.co_consts if hasattr(c, "co_code")]
    cb = [c for c in b.co_consts if hasattr(c, "co_code")]
    for x, y in zip(ca, cb):
        walk(x, y, qual + "." + x.co_name, out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ouro", default=str(ROOT / "target" / "release" / "ouro"))
    parser.add_argument("--all", action="store_true", help="every differing code object")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for name in args.files:
        source = Path(name).read_bytes()
        lines = source.decode("utf-8", "replace").splitlines()
        expected = compile(source, name, "exec", dont_inherit=True)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out.pyc"
            subprocess.run([args.ouro, "--compile", name, "-o", str(out)], check=True)
            actual = marshal.loads(out.read_bytes()[16:])
        diffs = []
        walk(actual, expected, "<module>", diffs)
        for qual, a, b in diffs if args.all else diffs[:1]:
            instrs = list(dis.get_instructions(b))
            for instr, pa, pb in zip(instrs, a.co_positions(), b.co_positions()):
                if pa != pb:
                    line = pb[0] or pa[0]
                    text = lines[line - 1] if line and line <= len(lines) else ""
                    print(f"{name}: {qual} offset {instr.offset} {instr.opname} {instr.argrepr}")
                    print(f"    ouro    {pa}\n    cpython {pb}\n    | {text.strip()[:100]}")
                    break


if __name__ == "__main__":
    main()

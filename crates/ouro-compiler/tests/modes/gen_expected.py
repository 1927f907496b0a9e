"""Writes expected.txt: python3.12's disassembly (or SyntaxError) for each case of cases.py.
Run with python3.12 from this folder: python3.12 gen_expected.py"""
import dis
import io
import sys

sys.path.insert(0, ".")
from cases import CASES  # noqa: E402

out = []
for mode, src in CASES:
    out.append(f"=== {mode} {src.encode().hex()}")
    try:
        code = compile(src.lstrip(" \t") if mode == "eval" else src, "<s>", mode)
    except SyntaxError as e:
        out.append(f"SyntaxError {e.msg} {e.lineno} {e.offset}")
        continue
    buf = io.StringIO()
    dis.dis(code, file=buf)
    out.append(buf.getvalue().rstrip("\n"))
with open("expected.txt", "w") as f:
    f.write("\n".join(out) + "\n")

"""Writes the expected outcome of compiling each `*.py` here with CPython 3.12.

Run with CPython 3.12:  python3.12 gen_expected.py

Each `NAME.err` holds one line `STAGE TYPE LINENO OFFSET MSG`: STAGE is `parse` when the
parser refuses the source (`ast.parse` fails), `compile` when only `compile()` does (the
symbol table or the code generator), `ok` when it compiles (then the rest is `- 0 0 -`).
TYPE, LINENO, OFFSET and MSG are those of the exception `compile()` raises.
"""
import ast
import os


def outcome(source, filename):
    try:
        ast.parse(source, filename)
        stage = "compile"
    except SyntaxError:
        stage = "parse"
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        return "%s %s %s %s %s\n" % (stage, type(e).__name__, e.lineno, e.offset, e.msg)
    return "ok - 0 0 -\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for f in sorted(os.listdir(here)):
        if f.endswith(".py") and f != "gen_expected.py":
            with open(os.path.join(here, f), "rb") as fh:
                source = fh.read().decode("utf-8")
            with open(os.path.join(here, f[:-3] + ".err"), "w") as fh:
                fh.write(outcome(source, f))


if __name__ == "__main__":
    main()

"""Writes the expected code generation of every corpus file, from CPython 3.12 itself.

Run with CPython 3.12 (PYTHONHASHSEED=0) from anywhere:
    python3.12 crates/ouro-compiler/tests/codegen/gen_expected.py
For each corpus/NAME.py it writes corpus/NAME.expected: the module unit's instruction
sequence as `_testinternalcapi.compiler_codegen` returns it (before CFG optimisation), then
its metadata. A file whose name ends in `_O1` or `_O2` is compiled with that -O level.
The format is line based so that the Rust test renders its own output the same way and
compares text; see codegen_oracle.rs.
"""
import ast
import os
import struct
import sys
import types

import _testinternalcapi
import opcode

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"

PSEUDO = {
    256: "SETUP_FINALLY", 257: "SETUP_CLEANUP", 258: "SETUP_WITH", 259: "POP_BLOCK",
    260: "JUMP", 261: "JUMP_NO_INTERRUPT", 262: "LOAD_METHOD", 263: "LOAD_SUPER_METHOD",
    264: "LOAD_ZERO_SUPER_METHOD", 265: "LOAD_ZERO_SUPER_ATTR", 266: "STORE_FAST_MAYBE_NULL",
}


def opname(op):
    return PSEUDO.get(op) or opcode.opname[op]


def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def enc(v):
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if isinstance(v, bool):
        return "True" if v else "False"
    if isinstance(v, int):
        return "int:%d" % v
    if isinstance(v, float):
        return "float:" + fbits(v)
    if isinstance(v, complex):
        return "complex:%s,%s" % (fbits(v.real), fbits(v.imag))
    if isinstance(v, str):
        return "str:" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, bytes):
        return "bytes:" + v.hex()
    if isinstance(v, tuple):
        return "tuple(" + ",".join(enc(x) for x in v) + ")"
    if isinstance(v, frozenset):
        return "frozenset(" + ",".join(sorted(enc(x) for x in v)) + ")"
    if isinstance(v, types.CodeType):
        return "code:" + v.co_name
    raise TypeError(type(v))


def ordered(d):
    return [k for k, _ in sorted(d.items(), key=lambda kv: kv[1])]


def render(src, optimize):
    insts, md = _testinternalcapi.compiler_codegen(ast.parse(src), "<corpus>", optimize)
    out = []
    for op, arg, l, el, c, ec in insts:
        out.append("%s %d %d %d %d %d" % (opname(op), arg, l, el, c, ec))
    for k in ordered(md["consts"]):
        # Constant keys wrap most values in a tuple whose second item is the value
        # (CPython: _PyCode_ConstantKey, consts_dict_keys_inorder).
        if type(k) is tuple:
            k = k[1]
        out.append("const " + enc(k))
    for field in ("names", "varnames", "cellvars", "freevars"):
        for n in ordered(md[field]):
            out.append("%s %s" % (field[:-1], n))
    for field in ("argcount", "posonlyargcount", "kwonlyargcount"):
        out.append("%s %d" % (field, md[field]))
    return "\n".join(out) + "\n"


def main():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    for name in sorted(os.listdir(here)):
        if not name.endswith(".py"):
            continue
        base = name[:-3]
        optimize = 2 if base.endswith("_O2") else 1 if base.endswith("_O1") else 0
        with open(os.path.join(here, name), encoding="utf-8") as f:
            src = f.read()
        try:
            text = render(src, optimize)
        except SyntaxError as e:
            text = "error SyntaxError %s\n" % e.msg
        with open(os.path.join(here, base + ".expected"), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

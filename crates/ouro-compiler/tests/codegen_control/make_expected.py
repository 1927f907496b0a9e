"""Writes NAME.json next to every NAME.py of this folder: CPython 3.12's raw code-generation
output for the module's top-level code unit (before flowgraph optimisation), as
`_testinternalcapi.compiler_codegen` returns it, or the SyntaxError that compiling raises.

Files named tla_*.py are compiled with top-level `await` allowed
(`PyCF_ALLOW_TOP_LEVEL_AWAIT`), through `_PyCompile_CodeGen` itself, since
`compiler_codegen` takes no flags.

Run with CPython 3.12:  PYTHONHASHSEED=0 python3.12 make_expected.py
"""

import ast
import ctypes
import json
import os
import sys

import _testinternalcapi
import opcode

assert sys.version_info[:2] == (3, 12), "run with CPython 3.12"

HERE = os.path.dirname(os.path.abspath(__file__))
OPNAMES = {num: name for name, num in opcode.opmap.items()}


def const_entry(value):
    """(type name, repr) of a constant; nested constants are compared by repr."""
    return [type(value).__name__, repr(value)]


def unwrap_key(key):
    """The constant behind a `_PyCode_ConstantKey` key of the metadata's consts dict."""
    if isinstance(key, tuple) and len(key) == 2:
        return key[1] if isinstance(key[0], type) else key[0]
    return key


class CompilerFlags(ctypes.Structure):
    _fields_ = [("cf_flags", ctypes.c_int), ("cf_feature_version", ctypes.c_int)]


def codegen_with_flags(tree, filename, flags):
    """`_PyCompile_CodeGen(ast, filename, flags, optimize=0, mode=exec)`."""
    fn = ctypes.pythonapi._PyCompile_CodeGen
    fn.restype = ctypes.py_object
    fn.argtypes = [
        ctypes.py_object,
        ctypes.py_object,
        ctypes.POINTER(CompilerFlags),
        ctypes.c_int,
        ctypes.c_int,
    ]
    cf = CompilerFlags(flags, sys.version_info[1])
    return fn(tree, filename, ctypes.byref(cf), 0, 0)


def expected_for(source, filename):
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if filename.startswith("tla_") else 0
    try:
        compile(source, filename, "exec", flags=flags)
    except SyntaxError as e:
        return {
            "error": {
                "type": type(e).__name__,
                "msg": e.msg,
                "lineno": e.lineno,
                "offset": e.offset,
                "end_lineno": e.end_lineno,
                "end_offset": e.end_offset,
            }
        }
    if flags:
        insts, meta = codegen_with_flags(ast.parse(source), filename, flags)
    else:
        insts, meta = _testinternalcapi.compiler_codegen(ast.parse(source), filename, 0)
    consts = sorted(meta["consts"].items(), key=lambda kv: kv[1])
    return {
        "instructions": [
            [OPNAMES[op], arg, lineno, end_lineno, col, end_col]
            for (op, arg, lineno, end_lineno, col, end_col) in insts
        ],
        "consts": [const_entry(unwrap_key(k)) for k, _ in consts],
        "names": sorted(meta["names"], key=meta["names"].get),
    }


def main():
    count = 0
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name == os.path.basename(__file__):
            continue
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        result = expected_for(source, name)
        with open(path[:-3] + ".json", "w", encoding="utf-8") as f:
            json.dump(result, f, indent=None)
            f.write("\n")
        count += 1
    print(f"wrote {count} expected files")


if __name__ == "__main__":
    main()

"""Compiles regular expressions for the _sre test programs without the `re` package.

`compile(pattern, flags)` looks the pattern up in `table.TABLE` (made by CPython 3.12's
re._parser and re._compiler; regenerate it with `python3.12 tools/sre_codes.py`) and hands
the code to `_sre.compile`, exactly as re._compiler.compile does. Both CPython and ouro run
the programs through this helper, so they test the same engine entry point.
"""

import _sre

try:
    from .table import TABLE
except ImportError:
    TABLE = {}

I, L, M, S, U, X, A = 2, 4, 8, 16, 32, 64, 256


def entry(pattern, flags=0):
    key = (pattern, flags)
    if key in TABLE:
        return TABLE[key]
    import os
    record = os.environ.get("SRECODES_RECORD")
    if not record:
        raise KeyError("pattern not in srecodes/table.py (run tools/sre_codes.py): %r" % (key,))
    import re._compiler as c
    import re._parser as p
    tree = p.parse(pattern, flags)
    code = [int(w) for w in c._code(tree, flags)]
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    value = (int(flags | tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup))
    with open(record, "a") as f:
        f.write(repr((key, value)) + "\n")
    TABLE[key] = value
    return value


def compile(pattern, flags=0):
    fl, code, groups, groupindex, indexgroup = entry(pattern, flags)
    return _sre.compile(pattern, fl, list(code), groups, dict(groupindex), indexgroup)

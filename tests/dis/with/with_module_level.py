import contextlib
with contextlib.suppress(KeyError):
    x = {}["a"]
# xfail: not yet identical to CPython

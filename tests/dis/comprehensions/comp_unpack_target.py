def f(pairs):
    return {b: a for a, b in pairs}
# xfail: not yet identical to CPython

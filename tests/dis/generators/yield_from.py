def gen(inner):
    result = yield from inner
    return result
# xfail: not yet identical to CPython

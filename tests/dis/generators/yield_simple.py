def gen():
    yield 1
    yield 2
# xfail: not yet identical to CPython

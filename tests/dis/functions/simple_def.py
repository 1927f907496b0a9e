def add(a, b):
    return a + b
# xfail: not yet identical to CPython

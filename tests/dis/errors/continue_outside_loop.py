# xfail: not yet identical to CPython
def f():
    continue

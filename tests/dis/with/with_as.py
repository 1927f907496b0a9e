def f(path):
    with open(path) as fh:
        return fh.read()
# xfail: not yet identical to CPython

def outer(x):
    def inner():
        return x
    return inner
# xfail: not yet identical to CPython

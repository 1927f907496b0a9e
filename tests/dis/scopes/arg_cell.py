def f(*args, **kwargs):
    def g():
        return args, kwargs
    return g
# xfail: not yet identical to CPython

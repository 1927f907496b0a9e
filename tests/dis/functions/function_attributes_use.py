def f():
    return f.__name__, f.__doc__
# xfail: not yet identical to CPython

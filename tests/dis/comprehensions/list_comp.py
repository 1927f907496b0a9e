def f(xs):
    return [x * 2 for x in xs]
# xfail: not yet identical to CPython

def f(xs, offset):
    return [x + offset for x in xs]
# xfail: not yet identical to CPython

def f(xs):
    return sum(x * x for x in xs)
# xfail: not yet identical to CPython

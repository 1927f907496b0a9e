def f(xs):
    return len(xs), list(xs), print
# xfail: not yet identical to CPython

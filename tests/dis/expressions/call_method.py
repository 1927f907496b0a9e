def f(s):
    return s.strip().split(",", 1)
# xfail: not yet identical to CPython

def f(a):
    return -a, +a, ~a, not a
# xfail: not yet identical to CPython

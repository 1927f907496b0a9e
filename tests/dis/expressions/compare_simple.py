def f(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b
# xfail: not yet identical to CPython

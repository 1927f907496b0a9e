a = 1; b = 2; c = a + b
def f(): return 1
# xfail: not yet identical to CPython

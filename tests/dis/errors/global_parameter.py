# xfail: not yet identical to CPython
def f(x):
    global x

# xfail: not yet identical to CPython
def f(x):
    def g(x):
        nonlocal x

# xfail: not yet identical to CPython
def f(*):
    pass

def d(f):
    return f
@d
@d
def f():
    pass
# xfail: not yet identical to CPython

pass
def f():
    pass
class C:
    pass
# xfail: not yet identical to CPython

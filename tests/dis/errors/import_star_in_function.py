# xfail: not yet identical to CPython
def f():
    from os import *

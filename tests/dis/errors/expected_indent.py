# xfail: not yet identical to CPython
def f():
return 1

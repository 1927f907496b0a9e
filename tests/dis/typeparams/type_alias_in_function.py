def f():
    type Local = list[int]
    return Local
# xfail: not yet identical to CPython

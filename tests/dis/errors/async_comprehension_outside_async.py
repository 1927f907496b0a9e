# xfail: not yet identical to CPython
def f(y):
    return [x async for x in y]

def f(x):
    if __debug__:
        print(x)
    assert x
# xfail: not yet identical to CPython

def f(x):
    if x:
        print(x)
    else:
        return
# xfail: not yet identical to CPython

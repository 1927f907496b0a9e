def f(it):
    while True:
        x = next(it)
        if x:
            continue
        return x
# xfail: not yet identical to CPython

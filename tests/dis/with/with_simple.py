def f(cm):
    with cm:
        print(1)
# xfail: not yet identical to CPython

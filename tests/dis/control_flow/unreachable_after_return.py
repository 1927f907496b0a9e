def f():
    return 1
    print("unreachable")
# xfail: not yet identical to CPython

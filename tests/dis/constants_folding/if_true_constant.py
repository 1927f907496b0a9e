def f():
    if 1:
        return "yes"
    return "no"
# xfail: not yet identical to CPython

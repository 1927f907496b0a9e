def f(d):
    return f"{d["key"]} {'x' + "y"}"
# xfail: not yet identical to CPython

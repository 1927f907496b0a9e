def f(name):
    return f"hello {name}"
# xfail: not yet identical to CPython

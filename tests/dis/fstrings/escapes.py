def f(x):
    return f"{{literal}} {x}\n\t{x}"
# xfail: not yet identical to CPython

def f(x, y):
    return f"{f'{x}' + y}"
# xfail: not yet identical to CPython

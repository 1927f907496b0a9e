def f(x):
    return f"{x=} {x = !r} {x=:>5}"
# xfail: not yet identical to CPython

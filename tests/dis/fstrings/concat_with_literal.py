def f(a):
    return "pre " f"{a}" " post"
# xfail: not yet identical to CPython

def f(a, b, c, d):
    return f"{a}-{b}-{c}-{d}-{a}{b}{c}{d}"
# xfail: not yet identical to CPython

def f(café):
    naïve = café + "é"
    return naïve
# xfail: not yet identical to CPython

def f(s):
    return (s
            .strip()
            .lower()
            .split())
# xfail: not yet identical to CPython

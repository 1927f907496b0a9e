def f(a):
    return {
        "a": a,
        "b": [
            a,
            a,
        ],
    }
# xfail: not yet identical to CPython

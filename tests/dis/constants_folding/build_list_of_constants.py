def f():
    return [1, 2, 3, 4, 5], {1, 2, 3}, [1, 2, 3].pop()
# xfail: not yet identical to CPython

def f(rows):
    return [c for row in rows for c in row]
# xfail: not yet identical to CPython

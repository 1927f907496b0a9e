def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
# xfail: not yet identical to CPython

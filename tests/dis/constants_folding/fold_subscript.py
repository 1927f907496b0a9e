c = "abc"[1]
d = (1, 2, 3)[0]
# xfail: not yet identical to CPython

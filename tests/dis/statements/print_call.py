print("hello, world")
# xfail: not yet identical to CPython

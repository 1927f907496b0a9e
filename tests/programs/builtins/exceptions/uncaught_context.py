# xfail: not yet identical to CPython
try:
    int("x")
except ValueError:
    print("handling")
    [][0]

# xfail: not yet identical to CPython
x = f"{x!z}"

# xfail: not yet identical to CPython
int("12.5")

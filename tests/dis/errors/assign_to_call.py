# xfail: not yet identical to CPython
f() = 1

# xfail: not yet identical to CPython
x = "abc

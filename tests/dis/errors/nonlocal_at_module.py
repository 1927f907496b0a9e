# xfail: not yet identical to CPython
nonlocal x

# xfail: not yet identical to CPython
x = [a for a in (b := [1, 2])]

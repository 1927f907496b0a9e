# xfail: not yet identical to CPython
x = a ‽ b

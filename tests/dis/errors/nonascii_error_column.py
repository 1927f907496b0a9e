# xfail: not yet identical to CPython
s = 'café'; x = (1 2)

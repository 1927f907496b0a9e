# xfail: not yet identical to CPython
try:
    pass
except*:
    pass

"""Module docstring."""
x = 1
# xfail: not yet identical to CPython

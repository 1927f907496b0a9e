class C:
    """The docstring."""
    x = 1
# xfail: not yet identical to CPython

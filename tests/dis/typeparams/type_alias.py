type Point = tuple[float, float]
# xfail: not yet identical to CPython

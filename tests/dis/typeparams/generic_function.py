def first[T](xs: list[T]) -> T:
    return xs[0]
# xfail: not yet identical to CPython

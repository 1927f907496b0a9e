class C:
    def m[T](self, x: T) -> T:
        return x
# xfail: not yet identical to CPython

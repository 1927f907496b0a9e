def f(value):
    class C:
        def get(self):
            return value
    return C
# xfail: not yet identical to CPython

class C:
    def f(self):
        return __class__
# xfail: not yet identical to CPython

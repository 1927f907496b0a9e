class Meta(type):
    pass
class C[T](object, metaclass=Meta):
    x: T
# xfail: not yet identical to CPython

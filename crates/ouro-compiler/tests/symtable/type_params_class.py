class C[T](Base[T]):
    x: T
    def m(self) -> T: ...
class D[T: (int, str), U]:
    pass

class C[T]:
    pass
class D[T](Base, k=1):
    x: T

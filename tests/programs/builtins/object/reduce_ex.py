class A:
    def __init__(self):
        self.v = 3
a = A()
r = a.__reduce_ex__(2)
print(r[0].__name__, r[1][0] is A, r[2])
print(object.__reduce_ex__(a, 2)[1][0].__name__)
print(a.__getstate__())
class B:
    __slots__ = ("p",)
b = B()
b.p = 1
print(b.__getstate__())
print(object().__getstate__())

class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(B):
    pass

c = C()
c.a, c.b, c.c = 1, 2, 3
print(c.a, c.b, c.c, c.__dict__)
b = B()
b.a = 1
try:
    b.other = 1
except AttributeError as e:
    print(e)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)

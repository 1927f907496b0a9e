class A:
    def __init__(self, x):
        self.x = x
a = A.__new__(A)
print(hasattr(a, "x"))
A.__init__(a, 5)
print(a.x)
class B:
    def __new__(cls, *args, **kw):
        return object.__new__(cls)
b = B(1, 2, k=3)
print(type(b).__name__)
class C:
    def __init__(self, *a, **k): pass
c = C(1, z=2)
print(type(c).__name__)
try:
    object.__init__(c, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(C, 1)
    print("object.__new__ ignores args when __init__ overridden")
except TypeError as e:
    print(type(e).__name__, e)

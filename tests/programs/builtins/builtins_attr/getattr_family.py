class A:
    x = 1
a = A()
print(getattr(a, "x"), getattr(a, "y", None), hasattr(a, "x"), hasattr(a, "y"))
setattr(a, "y", 2)
print(a.y)
delattr(a, "y")
print(hasattr(a, "y"))
try:
    delattr(a, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, "nope")
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is a)
for bad in (1, None, b"x"):
    try:
        getattr(a, bad)
    except TypeError as e:
        print(type(e).__name__, e)
class P:
    @property
    def boom(self):
        raise ValueError("prop error")
try:
    hasattr(P(), "boom")
except ValueError as e:
    print(type(e).__name__, e)

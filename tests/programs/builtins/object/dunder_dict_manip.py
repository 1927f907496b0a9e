class A:
    pass
a = A()
a.__dict__["x"] = 1
print(a.x)
a.__dict__ = {"y": 2}
print(a.y, hasattr(a, "x"))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(a).__dict__["__dict__"].__class__.__name__)
del a.__dict__
print(a.__dict__)

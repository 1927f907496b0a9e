class A:
    pass
a = A()
a.x = 1
setattr(a, "y", 2)
print(a.x, a.y, getattr(a, "x"), getattr(a, "z", "dflt"))
print(sorted(vars(a).items()))
del a.x
print(hasattr(a, "x"), a.__dict__)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
object.__setattr__(a, "w", 9)
print(object.__getattribute__(a, "w"))
try:
    object.__setattr__(1, "w", 9)
except AttributeError as e:
    print(type(e).__name__, e)

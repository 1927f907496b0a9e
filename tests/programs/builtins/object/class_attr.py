class A:
    pass
a = A()
print(a.__class__ is A)
class B:
    pass
a.__class__ = B
print(type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
print(object().__class__.__name__)
print((5).__class__, "".__class__, [].__class__)

# The kinds of descriptors built-in types expose, and their reprs.
print(type(object.__init__).__name__, type(object().__init__).__name__)
print(type(list.append).__name__, type([].append).__name__)
print(type(dict.__dict__["fromkeys"]).__name__, type(dict.fromkeys).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__)
print(type(type.__dict__["__dict__"]).__name__, type(list.__dict__["__getitem__"]).__name__)
print(type(tuple.__dict__["__getitem__"]).__name__, type(dict.__dict__["__contains__"]).__name__)
print(object.__init__, list.append, dict.__dict__["fromkeys"], int.__add__)
print(type.__dict__["__dict__"], object.__dict__["__class__"])
print(object.__init__.__name__, object.__init__.__qualname__, object.__init__.__objclass__)
print((1).__add__.__name__, (1).__add__.__self__, (1).__add__.__qualname__)
print(int.__add__(1, 2), (5).__add__(1), int.__add__.__get__(3)(4))
class C:
    pass
print(C.__dict__["__dict__"], C.__dict__["__weakref__"], C().__weakref__)
print(type(C.__dict__["__dict__"]).__name__, sorted(k for k in C.__dict__))
class D(C):
    pass
print(sorted(D.__dict__))
class S:
    __slots__ = ("a",)
print(sorted(S.__dict__))
try:
    int.__add__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__subclasshook__(int), object.__reduce__ is not None)

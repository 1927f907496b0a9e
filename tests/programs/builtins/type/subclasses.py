class Base: pass
class A(Base): pass
class B(Base): pass
class C(A): pass
print([c.__name__ for c in Base.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()])
print(C.__subclasses__())
print(bool in int.__subclasses__())
print(issubclass(C, Base), issubclass(Base, C), issubclass(C, (int, A)))
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)

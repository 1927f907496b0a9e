import sys
class A: pass
class S: __slots__ = ()
class S2: __slots__ = ('a', 'b')
class SW: __slots__ = ('__weakref__',)
class SD: __slots__ = ('__dict__',)
class I(int): pass
class L(list): pass
class T(tuple): pass
class F(float): pass
class E(Exception): pass
class D(dict): pass
for c in (A, S, S2, SW, SD, I, L, T, F, E, D):
    o = c()
    print(c.__name__, sys.getsizeof(o), o.__sizeof__())
print((1,2).__sizeof__(), sys.getsizeof((1,2,3)), T((1,2)).__sizeof__())
for b in (int, float, tuple, bytes, list, dict, set, Exception, OSError, complex, bytearray, frozenset, KeyError, ConnectionError, SyntaxError, StopIteration):
    class C(b): pass
    class D(b): __slots__ = ()
    o=C(); p=D()
    print(b.__name__, sys.getsizeof(o)-o.__sizeof__(), sys.getsizeof(p)-p.__sizeof__(), o.__sizeof__(), p.__sizeof__())

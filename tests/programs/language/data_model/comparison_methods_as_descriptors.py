# Comparison methods that are not functions (properties, staticmethods, classmethods,
# built-ins, custom descriptors) are bound through __get__; an error while binding counts
# as NotImplemented, as in CPython's slot_tp_richcompare (and for object.__ne__).
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E(), E() != E())
class L:
    __lt__ = staticmethod(lambda other: ("static", other))
    __gt__ = classmethod(lambda cls, other: f"class {cls.__name__}")
print(L() < 1, L() > 1, 1 > L())
class B:
    __eq__ = len
print(B() == [1, 2, 3])
class G:
    def __get__(self, obj, owner):
        return lambda other: ("bound by __get__", type(obj).__name__, other)
class H:
    __le__ = G()
print(H() <= 5)
class P:
    __lt__ = property(lambda self: (lambda other: ("property", other)))
print(P() < 7)
class Q:
    __lt__ = property(booh)
try:
    Q() < Q()
except TypeError as e:
    print("TypeError:", e)
class R:
    __eq__ = property(lambda self: 1/0)
print(R() == 1)

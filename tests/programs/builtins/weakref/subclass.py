# Subclasses of weakref.ref: extra state in __slots__ or __dict__, custom __init__, and how
# they sit beside the shared callback-less reference.
import _weakref


class KeyedRef(_weakref.ref):
    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = _weakref.ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class Tagged(_weakref.ref):
    def __new__(cls, ob, tag):
        return super().__new__(cls, ob)

    def __init__(self, ob, tag):
        super().__init__(ob)
        self.tag = tag


class C:
    pass


c = C()
plain = _weakref.ref(c)
k = KeyedRef(c, lambda r: print("keyed callback, key =", r.key), "the key")
t = Tagged(c, "t")
print(k.key, k() is c, t.tag, t() is c, type(k).__name__, isinstance(k, _weakref.ref))
print(k is not plain, t is not plain, Tagged(c, "u") is not t)
print(_weakref.getweakrefcount(c), _weakref.getweakrefs(c)[0] is plain)
print(k == plain, hash(k) == hash(c))
try:
    k.other = 1
except AttributeError as e:
    print("AttributeError", e)
del c
print(k(), t(), k.key)


# Without its own __new__, the second argument of a subclass goes to ref.__new__ as the callback.
class Loose(_weakref.ref):
    def __init__(self, ob, extra):
        super().__init__(ob)


d = C()
lr = Loose(d, "not callable")
print(lr.__callback__)

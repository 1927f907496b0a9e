# Weak references made with _weakref.ref: calling, death, reuse, counts, hash and equality.
import _weakref


class C:
    pass


c = C()
r = _weakref.ref(c)
print(r() is c, type(r).__name__, type(r).__module__, type(r))
print(_weakref.ref is _weakref.ReferenceType)
print(_weakref.ref(c) is r, _weakref.getweakrefcount(c))
print(r.__callback__)
r2 = _weakref.ref(c, print)
print(r2 is r, r2.__callback__ is print, _weakref.getweakrefcount(c))
print(_weakref.getweakrefs(c) == [r, r2], _weakref.getweakrefs(c)[0] is r)
print(r == r2, r != r2, hash(r) == hash(c), hash(r2) == hash(c))
print(repr(r).startswith("<weakref at 0x"), "to 'C'" in repr(r))
h = hash(r)
c2 = C()
r3 = _weakref.ref(c2)
print(r == r3, r != r3)
del c
print(r(), r2(), r == r2, r != r2, r == r, hash(r) == h)
print(repr(r).endswith("; dead>"))
print(_weakref.getweakrefcount(c2), _weakref.getweakrefcount(1), _weakref.getweakrefs(1))
del c2
try:
    hash(r3)
except TypeError as e:
    print("TypeError", e)


def f():
    pass


rf = _weakref.ref(f)
print(repr(rf).endswith("(f)>"), "to 'function'" in repr(rf))
print(_weakref.ref(C)() is C, _weakref.ref(len)() is len)

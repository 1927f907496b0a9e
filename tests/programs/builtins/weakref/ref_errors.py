# Which objects cannot be weakly referenced, and the argument errors of ref and proxy.
import _weakref


class Slotted:
    __slots__ = ("a",)


class WithDictSlot:
    __slots__ = ("__dict__",)


class IntSub(int):
    pass


class TupleSub(tuple):
    pass


for ob in [1, 1.5, "s", b"b", None, True, (), [], {}, object(), Slotted(), WithDictSlot(),
           IntSub(3), TupleSub(), range(2), Exception(), property(), 1j, bytearray()]:
    try:
        _weakref.ref(ob)
        print("ok", type(ob).__name__)
    except TypeError as e:
        print("TypeError", e)
    try:
        _weakref.proxy(ob)
    except TypeError as e:
        print("proxy TypeError", e)


class C:
    pass


c = C()
for args in [(), (c, None, 1)]:
    try:
        _weakref.ref(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    _weakref.ref(c, callback=None)
except TypeError as e:
    print("TypeError", e)
try:
    _weakref.proxy()
except TypeError as e:
    print("TypeError", e)
try:
    _weakref.ref(c)(1)
except TypeError as e:
    print("TypeError", e)
try:
    _weakref.ref(_weakref.ref(c))
except TypeError as e:
    print("TypeError", e)

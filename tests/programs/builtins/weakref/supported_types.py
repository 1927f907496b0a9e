# Built-in objects that support weak references, and classes that add or drop support.
import _weakref
import sys


def f():
    yield 1


async def co():
    pass


class C:
    def m(self):
        pass


class Slotted:
    __slots__ = ("a", "__weakref__")


class SlottedChild(C):
    __slots__ = ()


class ListSub(list):
    pass


class StrSub(str):
    pass


class Err(Exception):
    pass


g = f()
coro = co()
objects = {
    "function": f, "class": C, "instance": C(), "set": {1}, "frozenset": frozenset(),
    "generator": g, "coroutine": coro, "code": f.__code__, "bound method": C().m,
    "builtin": len, "builtin method": [].append, "module": sys, "slots with __weakref__": Slotted(),
    "empty slots child": SlottedChild(), "list subclass": ListSub(), "str subclass": StrSub(),
    "exception subclass": Err(),
}
for name, ob in objects.items():
    r = _weakref.ref(ob)
    print(name, r() is ob)
coro.close()
print(type(Slotted().__weakref__), C().__weakref__)
c = C()
r = _weakref.ref(c)
print(c.__weakref__ is r)
try:
    Slotted.__slots__ and object().__weakref__
except AttributeError as e:
    print("AttributeError", e)


# __weakref__ in __slots__ is refused when instances already support weak references.
class Plain:
    pass


for bases in [(Plain,), ()]:
    try:
        type("X", bases, {"__slots__": ("__weakref__", "__weakref__")[: 2 - len(bases)]})
        print("created")
    except TypeError as e:
        print("TypeError", e)


class Empty:
    __slots__ = ()


class Adds(Empty):
    __slots__ = ("__weakref__",)


print(_weakref.ref(Adds())() is None)

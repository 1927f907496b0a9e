# `__text_signature__` of built-in functions, methods and slot wrappers, and what
# inspect.signature makes of it (bound and unbound), as CPython reports them.
import inspect

objs = [
    len, print, sorted, divmod, isinstance, iter, getattr, max,
    list.append, [].append, object.__init__, object().__init__, int.__add__, (1).__add__,
    int.__new__, object.__new__, type.__call__, dict.fromkeys, {}.get, float.fromhex,
    (1.5).hex, str.join, "x".split, bytes.maketrans, int.mro, list.__getitem__,
    set.__contains__, object.__repr__, object.__eq__, dict.__setitem__, str.__len__,
]
for o in objs:
    try:
        sig = str(inspect.signature(o))
    except ValueError as e:
        sig = "ValueError: " + str(e).split(" at 0x")[0]
    print(getattr(o, "__qualname__", o), repr(o.__text_signature__), sig)


class C:
    def m(self, a, b=2, *c, d, **e):
        pass


print(inspect.signature(C.m), inspect.signature(C().m))
print(repr(object.__text_signature__), repr(int.__text_signature__), repr(C.__text_signature__))
print(repr(C.m.__text_signature__) if hasattr(C.m, "__text_signature__") else "no attribute")

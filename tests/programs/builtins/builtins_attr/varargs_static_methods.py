# Static methods of built-in types (str/bytes/bytearray.maketrans) are staticmethod objects
# wrapping built-in functions; METH_VARARGS methods reject keywords with a bare name when bound
# and a qualified one through the descriptor; bytearray's own reductions; the reprs of
# classmethod and staticmethod.


def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)


for owner in (str, bytes, bytearray):
    d = owner.__dict__["maketrans"]
    f = owner.maketrans
    print(type(d).__name__, type(d.__func__).__name__, type(f).__name__, f is d.__func__)
    print(repr(d).split(" at ")[0], repr(f).split(" at ")[0])
    print(f.__name__, f.__qualname__, f.__self__, f.__reduce__())
    err(lambda: f(x=1))
    err(lambda: owner().maketrans(x=1))
print(str.maketrans("ab", "cd"), "".maketrans({"a": None}), "".maketrans("a", "b", "c"))
print(bytes.maketrans(b"a", b"z")[97], bytearray.maketrans(b"ab", b"yz")[96:99])
err(lambda: str.maketrans())
err(lambda: str.maketrans(1, 2, 3, 4))
err(lambda: bytes.maketrans(b"a"))

print(repr(staticmethod(len)), repr(classmethod(len)))

s = {1, 2}
fs = frozenset({1})
bound = [s.union, s.update, s.difference, s.intersection_update, fs.union, fs.intersection,
         "ab".find, "ab".startswith, b"ab".count, bytearray(b"ab").rindex,
         range(3).__reduce__, memoryview(b"ab").__exit__]
for m in bound:
    err(lambda: m(x=1))
err(lambda: s.union(x=1))
err(lambda: set.difference(s, x=1))
err(lambda: frozenset.union(fs, x=1))
err(lambda: "ab".find("a", x=1))
err(lambda: str.endswith("ab", "b", x=1))
err(lambda: range.__reduce__(range(2), x=1))
err(lambda: memoryview.__exit__(memoryview(b""), x=1))
print(s.union({3}, {4}), range(1, 5, 2).__reduce__(1, 2), "abc".find("c", 1, 3))

print(type(None).__bool__, type(None).__repr__, None.__bool__(), None.__repr__())
err(lambda: None.__bool__(1))
err(lambda: None.__repr__(x=1))
err(lambda: type(None).__bool__(None, 1, 2))

ba = bytearray(b"a\xffb")
print(ba.__reduce__(), ba.__reduce_ex__(2), ba.__reduce_ex__(3), ba.__reduce_ex__())
print(bytearray().__reduce__(), bytearray().__reduce_ex__(4))


class B(bytearray):
    pass


b = B(b"x")
b.q = 1
print(b.__reduce__(), b.__reduce_ex__(4))
err(lambda: ba.__reduce_ex__(1, 2))
err(lambda: ba.__reduce_ex__(proto=1))
err(lambda: ba.__reduce_ex__("x"))
err(lambda: ba.__reduce__(1))
try:
    ba.__reduce_ex__(2**70)
except OverflowError as e:
    print("OverflowError:", e)
import copy

c = copy.copy(b)
print(type(c).__name__, c, c.__dict__, copy.deepcopy(ba))

# Every built-in exception class has an __init__ of its own (ExceptionGroup excepted), and those
# whose C type sets tp_new a __new__ of its own; a class with several exception bases runs the
# ones its MRO finds first. Bases whose instances CPython lays out in different C structs
# cannot be combined.
import builtins

excs = sorted(
    {c for c in vars(builtins).values() if isinstance(c, type) and issubclass(c, BaseException)},
    key=lambda c: c.__name__,
)
for c in excs:
    print(c.__name__, "__new__" in c.__dict__, "__init__" in c.__dict__)

for c in [ValueError, KeyError, OSError, FileNotFoundError, StopIteration, SyntaxError]:
    print(repr(c.__dict__.get("__init__")), c.__init__.__objclass__.__name__)
    print(c.__new__.__self__.__name__, c.__new__.__name__, c.__new__.__qualname__)
print(ValueError.__init__ is Exception.__init__, ValueError.__new__ is Exception.__new__)
print(SystemExit.__new__ is BaseException.__new__, KeyError.__new__ is LookupError.__new__)


# The first base's __new__/__init__: OSError's attributes stay None.
class M(ValueError, OSError):
    pass


m = M(2, "y")
print(type(m).__name__, repr(m.errno), m.args, m.strerror, m.filename, m.filename2)
print(str(m), M.__base__.__name__, M.__init__)
m = M(2, "y", "f")
print(repr(m.errno), m.args, m.filename)


class Y(OSError, ValueError):
    pass


y = Y(2, "y", "f")
print(type(y).__name__, y.errno, y.args, y.filename, str(y))


class X(FileNotFoundError, ValueError):
    pass


x = X(2, "y", "f")
print(type(x).__name__, x.errno, x.args, x.filename)


class K(KeyError, StopIteration):
    pass


print(K(3).value, K(3).args, str(K(3)), K.__base__.__name__)


class Z(ValueError, StopIteration):
    pass


print(Z(3).value, Z(3).args)


class W(ValueError, SyntaxError):
    pass


w = W("m", ("f", 1, 2, "t"))
print(w.msg, w.filename, w.lineno, w.args)


class I(ValueError, ImportError):
    pass


i = I("m")
print(i.msg, i.name, i.path)
try:
    I("m", name="x")
except TypeError as e:
    print("TypeError", e)


class S(ValueError, SystemExit):
    pass


print(S(3).code, S(3).args)


class U(TypeError, UnicodeDecodeError):
    pass


u = U(1, 2)
print(u.args, repr(str(u)))
for n in ["encoding", "object", "start", "end", "reason"]:
    print(n, repr(getattr(u, n)))


class G(ValueError, ExceptionGroup):
    pass


g = G("m", [ValueError(1)])
print(type(g).__name__, g.args, g.message, g.exceptions)

# OSError still maps errno values to its subclasses.
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(99, "x")).__name__)
e = OSError.__new__(OSError, 2, "x", "f")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
print(type(FileNotFoundError(13, "x")).__name__)


class E(OSError):
    def __init__(self, *a):
        pass


e = E(2, "x", "f")
print(e.errno, e.strerror, e.filename, e.args)


class F(OSError):
    def __init__(self, *a):
        super().__init__(*a)


e = F(2, "x", "f")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
e = OSError.__new__(F, 2, "x", "f")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
try:
    OSError(2, "x", foo=1)
except TypeError as e:
    print("TypeError", e)

# Calling the methods directly.
print(ValueError.__new__(ValueError, 2, "x").args, Exception.__new__(ValueError, 2, "x").args)


class V(ValueError):
    pass


print(type(Exception.__new__(V, 1)).__name__, BaseException.__new__(V, 1).args)
for f, c in [(ValueError.__new__, Y), (ValueError.__new__, OSError), (ValueError.__new__, KeyError), (OSError.__new__, ValueError)]:
    try:
        f(c, 2, "x")
    except TypeError as e:
        print("TypeError", e)
try:
    KeyError.__init__(ValueError(), 1)
except TypeError as e:
    print("TypeError", e)

# Layouts: which pairs of bases CPython accepts, and the __base__ of the class.
names = [
    "ValueError", "KeyError", "OSError", "FileNotFoundError", "PermissionError",
    "StopIteration", "SystemExit", "NameError", "UnboundLocalError", "AttributeError",
    "ImportError", "ModuleNotFoundError", "SyntaxError", "IndentationError",
    "UnicodeEncodeError", "UnicodeDecodeError", "BaseExceptionGroup",
]
for i, a in enumerate(names):
    for b in names[i + 1:]:
        A = getattr(builtins, a)
        B = getattr(builtins, b)
        try:
            C = type("C", (A, B), {})
            r = "ok " + C.__base__.__name__
        except TypeError as e:
            r = str(e).replace("\n", " ")
        print(a, b, r)


class Slotted(Exception):
    __slots__ = ("x",)


try:
    class B2(Slotted, OSError):
        pass
except TypeError as e:
    print("TypeError", e)


class Mixin:
    pass


class MO(Mixin, OSError):
    pass


print(MO.__base__.__name__, MO(2, "x").errno)


# __str__ comes from the first class in the MRO defining one.
class KS(KeyError, SyntaxError):
    pass


class OS2(OSError):
    def __str__(self):
        return "own " + super().__str__()


print(str(KS("a")), str(KS("m", ("f", 1, 2, "t"))), str(OS2(2, "x")))
print(BaseException.__str__(OSError(2, "x")), Exception.__str__(KeyError("a")), str(KeyError("a")))
print("__str__" in KeyError.__dict__, "__str__" in NameError.__dict__, "__str__" in ValueError.__dict__)

# SyntaxError's location is any sequence of 4 to 6 items.
for info in ["x", 5, ("f", 1), ("f", 1, 2, "t", 3, 4, 5), ["f", 1, 2, "t"], ("f", 1, 2, "t", 3), "abcd"]:
    try:
        e = SyntaxError("m", info)
        print(repr(info), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
    except TypeError as x:
        print(repr(info), "TypeError", x)

# characters_written: BlockingIOError itself only; a descriptor of OSError.
class B(BlockingIOError):
    pass


b = B(11, "x", 3)
print(b.filename, b.args, hasattr(b, "characters_written"))
b = BlockingIOError(11, "x", 3)
print(b.filename, b.characters_written, "characters_written" in OSError.__dict__)
b.characters_written = 5
print(b.characters_written)
try:
    b.characters_written = "x"
except TypeError as e:
    print("TypeError", e)
del b.characters_written
try:
    del b.characters_written
except AttributeError as e:
    print("AttributeError", e)
try:
    OSError(1, "x").characters_written
except AttributeError as e:
    print("AttributeError", e)
print(UnicodeTranslateError("ab", 0, 1, "r").encoding)


# A class whose MRO finds ValueError's __new__ first still creates its instances with its solid
# base's (OSError's), so calling ValueError's directly is not safe.
class M2(ValueError, OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class M3(ValueError, OSError):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(a)


for f in [lambda: ValueError.__new__(M, 2, "x"), lambda: M.__new__(M, 2, "x"), lambda: OSError.__new__(M, 2, "x").errno,
          lambda: M2(2, "x"), lambda: Exception.__new__(M3, 1).args, lambda: (M3(2, "x").extra, M3(2, "x").errno, M3(2, "x").args),
          lambda: int.__new__(bool, 1), lambda: object.__new__(M)]:
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError", e)


class N(AttributeError, NameError):
    pass

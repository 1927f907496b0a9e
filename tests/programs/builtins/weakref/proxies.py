# Weak proxies: forwarding attributes and operators to the referent, and ReferenceError once
# it is gone.
import _weakref


class Box:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Box(self.v + (o.v if isinstance(o, Box) else o))

    def __radd__(self, o):
        return Box(o + self.v)

    def __len__(self):
        return self.v

    def __getitem__(self, i):
        return i * 10

    def __setitem__(self, i, x):
        print("set", i, x)

    def __iter__(self):
        return iter(range(self.v))

    def __contains__(self, x):
        return x == 1

    def __eq__(self, o):
        return isinstance(o, Box) and o.v == self.v

    def __lt__(self, o):
        return self.v < o.v

    def __neg__(self):
        return -self.v

    def __str__(self):
        return f"Box({self.v})"

    def __bool__(self):
        return self.v != 0

    __hash__ = object.__hash__

    def get(self):
        return self.v


b = Box(3)
p = _weakref.proxy(b)
print(type(p).__name__, type(p), _weakref.proxy(b) is p, _weakref.getweakrefcount(b))
print(p.v, p.get(), str(p), len(p), p[4], list(p), 1 in p, 2 in p, bool(p))
p.w = 7
print(b.w)
del p.w
print(hasattr(b, "w"))
p[1] = 2
print((p + 1).v, (1 + p).v, (p + p).v, -p)
print(p == Box(3), p == b, p < Box(5), p != b)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
print(repr(p).startswith("<weakproxy at 0x") and " to Box at 0x" in repr(p))


def func(x):
    return x * 2


class Callable:
    def __call__(self, y):
        return y + 1


fp = _weakref.proxy(func)
cp = _weakref.proxy(Callable())
print(type(fp).__name__, fp(21), type(cp).__name__)
print(callable(p), callable(fp))
log = []
p2 = _weakref.proxy(b, lambda r: log.append(type(r).__name__))
print(p2 is p)
del b
print(log)
for what, op in [("getattr", lambda: p.v), ("setattr", lambda: setattr(p, "v", 1)),
                 ("str", lambda: str(p)), ("len", lambda: len(p)), ("bool", lambda: bool(p)),
                 ("add", lambda: p + 1), ("getitem", lambda: p[0]), ("iter", lambda: iter(p)),
                 ("eq", lambda: p == 1)]:
    try:
        op()
        print(what, "no error")
    except ReferenceError as e:
        print(what, type(e).__name__, e)
print(repr(p).startswith("<weakproxy at 0x") and "to NoneType" in repr(p))

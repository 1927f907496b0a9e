# Long chains of binary operations on locals and constants: small ints, values crossing the
# small-int boundary (2**61) into big ints mid-chain, floats, bools, objects with __add__ and
# __radd__ in the middle, and an error in the middle of a chain (uncaught at the end).


def plain(n):
    x = 0
    for _ in range(n):
        x = 10 + x - 10 + x + 10 + x - 10 + x + 10 + x - 10
    return x


print("plain", plain(5))


def growing(n):
    # The accumulator doubles: past 2**61 and 2**63 the results become big ints.
    x = 1
    out = []
    for _ in range(n):
        x = x + x - 1 + 1 + 0
        out.append(x)
    return out


g = growing(70)
print("growing", g[58:64], g[-1], type(g[-1]).__name__)


def crossing(a, b):
    # a and b near the edges of the small-int range.
    results = []
    for i in range(6):
        results.append(a + i + b - i + 1 - 1 + a - a)
        results.append(b - a - i - a + i + b)
        results.append(-a - b - a - i - 3 + 3)
    return results


print("crossing", crossing(2**60, 2**60 - 1))
print("crossing", crossing(2**61 - 3, 1))
print("crossing", crossing(-(2**61) + 2, -1))
print("crossing", crossing(2**62, -(2**62)))


def edges():
    hi = 2**61 - 1
    lo = -(2**61)
    out = []
    for k in range(4):
        out.append(hi - k + k + 1 - 1)
        out.append(hi + k - k)
        out.append(lo + k - k - 1 + 1)
        out.append(lo - k + k)
        out.append(hi + 1 - 1 - 1 + 1)
        out.append(lo - 1 + 1 + 1 - 1)
    return out


print("edges", edges())


def bigs_back(n):
    # A big int becomes small again mid-chain.
    big = 2**70
    x = 0
    for i in range(n):
        x = i + big - big + i - i + 1
    return x, type(x).__name__


print("bigs_back", bigs_back(7))


def bitwise(n):
    x = 0b1011
    m = 0xFF
    out = []
    for i in range(n):
        x = (x | i) & m ^ i | 3 & x ^ 5 | i
        out.append(x)
        y = i & m | x ^ 7 & 12 | i ^ 1
        out.append(y)
    return out


print("bitwise", bitwise(12))


def products(n):
    x = 3
    out = []
    for i in range(n):
        x = x * 3 * 1 + 1 - 1 * 2 + i * 2 * x - x * 2
        out.append(x)
    return out


p = products(45)
print("products", p[:5], p[-1], type(p[-1]).__name__)


def mul_edges():
    out = []
    for k in range(3):
        a = 2**30 + k
        b = -(2**31) - k
        out.append(a * a * 2 - 1 + 1)
        out.append(a * b * 2 + 1 - 1)
        out.append(b * b * b)
        out.append(-(2**60) * 2 + 0 - 0)
        out.append(-(2**60) * 2 - 1 + 1)
        out.append(2**60 * -2 - 0)
    return out


print("mul_edges", mul_edges())


def mixed(n):
    out = []
    x = 0
    for i in range(n):
        f = 0.5
        x = x + 1 + f - 1 + i - i + f
        out.append(x)
        out.append(i + 1 + 2.25 - 1 + i)
        out.append(1.5 + i + i - 2 + f)
    return out


print("mixed", mixed(5))


def bools(n):
    out = []
    t = True
    f = False
    for i in range(n):
        out.append(t + t + i - f + True - False)
        out.append(i + t - t + f)
        out.append(t & t | f ^ t)
        out.append(True + 1 - True)
    return out


print("bools", bools(4))


class Tracker:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  add", self.v, other)
        return Tracker(self.v + other)

    def __radd__(self, other):
        print("  radd", other, self.v)
        return self.v * 100 + other

    def __sub__(self, other):
        print("  sub", self.v, other)
        return self.v - other

    def __repr__(self):
        return f"Tracker({self.v})"


def objects(n):
    out = []
    t = Tracker(7)
    for i in range(n):
        out.append(i + 1 + 2 + t + 3 - 1 + i)
        out.append(1 + i + t - 3 + i + 1)
        out.append(t + i + 1 - 2)
    return out


print("objects", objects(2))


class IntSub(int):
    def __add__(self, other):
        return IntSub(int(self) + other + 1000)

    def __radd__(self, other):
        return IntSub(other + int(self) + 2000)


def subclasses(n):
    out = []
    s = IntSub(5)
    for i in range(n):
        out.append(i + 1 + s + 1 - 1)
        out.append(s + i + 1 + 1)
        r = i + 2 + 3 + s
        out.append((r, type(r).__name__))
    return out


print("subclasses", subclasses(2))


def unbound_in_chain(flag):
    if flag:
        z = 1
    x = 0
    for i in range(3):
        try:
            x = x + i + 1 + z - 1
        except UnboundLocalError as e:
            print("unbound", e)
            return x
    return x


print("unbound_in_chain", unbound_in_chain(True), unbound_in_chain(False))


def caught(n):
    out = []
    bad = None
    for i in range(n):
        try:
            out.append(i + 1 + 2 + bad + 3)
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(i - 1 - "s" - 2)
        except TypeError as e:
            out.append(str(e))
    return out


print("caught", caught(2))


def stores(n):
    # Chains ending in a store, then loads of the stored local.
    a = 0
    b = 0
    for i in range(n):
        a = a + i + 1 - 1 + 2
        b = a + b - 1 + a
        c = b - a + 1
        a = c + 0
    return a, b


print("stores", stores(10))



def inplace(n):
    # In-place operators in and after chains; a list's += keeps the list.
    x = 0
    y = 2**61 - 5
    lst = []
    same = lst
    t = (1,)
    for i in range(n):
        x += 1
        x -= i
        x *= 2
        x += i + 1 - 1
        y += 1
        lst += t
        b = x + 1 - 2
        lst.append(b)
    return x, y, type(y).__name__, lst, lst is same


print("inplace", inplace(6))

def old_value_dropped(n):
    # The local a chain stores into held an object with __del__.
    class D:
        def __del__(self):
            print("  del D")

    x = D()
    for i in range(n):
        x = i + 1 + 2 - 3
        print("  x", x)
    return x


print("old_value_dropped", old_value_dropped(2))


def straight():
    # Outside a loop (the general loop runs it).
    a = 5
    b = 2**61 - 10
    x = a + a - 1 + 2 + b + a + a - b
    y = b + a + a + a - a - b
    z = a * 3 * 4 & 0xFFF | 7 ^ a
    return x, y, z


print("straight", straight())


class Box:
    small = 5
    edge = 2**61 - 2
    half = 0.5


def general(box):
    # Attribute loads first: the chains after them run in the general loop.
    a = box.small
    e = box.edge
    h = box.half
    r1 = a + 1 + a - 2 + 3 - a + a
    r2 = e + 1 - 1 + 1 + 1 - 1 - e
    r3 = a + e - a + a + a
    r4 = a - 1 + h + a
    r5 = a * a * a & 0xFF | 1 ^ a
    r6 = e + a + a
    return r1, r2, r3, r4, r5, r6, type(r6).__name__


print("general", general(Box()))


def gen_chain(n):
    # A generator's frame.
    a = 3
    for i in range(n):
        yield i + a + 1 - 2 + i * 2
    yield a + 2**61 - 1 - a + a


print("gen_chain", list(gen_chain(4)))

# Module level (names, not locals).
m = 3
total = 0
for j in range(5):
    total = total + m + j - 1 + 10 - m
print("module", total)
big = 2**61 - 1
print("module big", big + 1 - 1 + m - m, big + m + m - m)


import sys


def traced_chain(n):
    x = 0
    for i in range(n):
        x = (x + 1
             + i
             - 2
             + x)
    return x


def tracer(frame, event, arg):
    if frame.f_code is traced_chain.__code__:
        print("  trace", event, frame.f_lineno - traced_chain.__code__.co_firstlineno)
    return tracer


print("untraced", traced_chain(3))
sys.settrace(tracer)
r = traced_chain(2)
sys.settrace(None)
print("traced", r, traced_chain(3))


def fails(n):
    x = 0
    s = "text"
    for i in range(n):
        x = x + i + 1 + 2 - 3 + i
        if i == 2:
            x = x + 1 + i + s - 1
    return x


print(fails(4))

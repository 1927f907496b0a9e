# Pairs and triples of instructions that the evaluation loop runs as one (loads with an
# operator, an operator with the store after it, a loop step with its store) behave as the
# instructions one by one: other operand types, unbound locals, in-place string and list
# operators, exceptions with their line numbers.
import sys


def strings():
    s = ""
    for ch in "abc":
        s += ch
        s = s + ch
    t = s
    t += "!"
    print(s, t)
    parts = ["x"]
    parts += ["y"]
    q = parts
    q += ["z"]
    print(parts, q, parts is q)
    n = 3
    r = "ab" * n
    r2 = n * "cd"
    print(r, r2)


def mixed():
    a = 7
    b = 2.5
    c = a * b
    d = a - b
    e = b - a
    f = a / 2
    g = a // 2
    h = a % 3
    i = a ** 2
    j = 2 ** -1
    k = a ** b
    print(c, d, e, f, g, h, i, j, k)
    big = 10 ** 20
    m = big + a
    n = a - big
    print(m, n, big * big)
    x = True
    y = x + x
    print(y, x + 1.5)


def unbound():
    try:
        z = w + 1
    except UnboundLocalError as exc:
        print("UnboundLocalError", exc)
    try:
        z = 1 + w
    except UnboundLocalError as exc:
        print("UnboundLocalError", exc)
    try:
        z = v * w
    except UnboundLocalError as exc:
        print("UnboundLocalError", exc)
    v = 2
    try:
        z = v * w
    except UnboundLocalError as exc:
        print("UnboundLocalError", exc)
    w = 3
    z = v * w
    print(z)


def errors():
    a = 1
    b = "s"
    try:
        c = a + b
    except TypeError as exc:
        print("TypeError", exc, exc.__traceback__.tb_lineno)
    zero = 0
    try:
        c = a // zero
    except ZeroDivisionError as exc:
        print("ZeroDivisionError", exc, exc.__traceback__.tb_lineno)
    fz = 0.0
    try:
        c = a / fz
    except ZeroDivisionError as exc:
        print("ZeroDivisionError", exc, exc.__traceback__.tb_lineno)


def loops():
    total = 0
    for v in range(10):
        total += v
    for v in [1, 2, 3]:
        total += v
    for v in (4, 5):
        total += v
    for v in range(5, 0, -2):
        total -= v
    print(total, v)
    items = [1, 2, 3]
    out = []
    for v in items:
        if v == 2:
            items.append(4)
        out.append(v)
    print(out)
    acc = 0
    for a, b in [(1, 2), (3, 4)]:
        acc += a * b
    print(acc)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __iadd__(self, other):
        self.v += other.v if isinstance(other, Num) else other
        return self

    def __repr__(self):
        return f"Num({self.v})"


def objects():
    a = Num(1)
    b = Num(2)
    c = a + b
    d = 1 + a
    a += b
    e = a
    e += 5
    print(a, b, c, d, e, a is e)


class Dying:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def stores():
    x = Dying("first")
    x = 1 + 2
    print("after store", x)
    y = Dying("second")
    for y in range(2):
        pass
    print("after loop", y)


strings()
mixed()
unbound()
errors()
loops()
objects()
stores()
print(sys.getrefcount(1.5) > 0)

# The evaluation loop's fast paths for floats and small ints (operands from locals, constants
# and temporaries; results reused in place or stored straight to a local) give the results of
# the general path: values, signs of zeros, NaNs, errors and their messages, overflow to big
# ints, and no change to any other reference to an operand.
import math


def show(label, v):
    if isinstance(v, float):
        print(label, repr(v), math.copysign(1.0, v))
    else:
        print(label, repr(v))


def floats():
    x = 1.5
    y = -0.0
    z = 0.0
    n = 3
    show("local*local", x * x)
    show("local+const", x + 2.25)
    show("const/local", 1.0 / x)
    show("int+float", n + x)
    show("float-int", x - n)
    show("int*float const", n * 0.1)
    show("neg zero add", y + y)
    show("neg zero sub", y - z)
    show("zero minus zero", z - z)
    show("neg zero mul", y * 5.0)
    show("neg zero mul int", -0.0 * n)
    show("floordiv", x // 0.4)
    show("floordiv neg", -x // 0.4)
    show("mod", x % 0.4)
    show("mod neg", -x % 0.4)
    show("mod sign zero", -4.0 % 2.0)
    show("floordiv int", 7.5 // n)
    show("pow half", x ** 0.5)
    show("pow neg", 2.0 ** -1)
    show("pow int exp", x ** 2)
    show("int pow float", n ** 0.5)
    show("pow zero zero", 0.0 ** 0.0)
    show("pow nan zero", math.nan ** 0.0)
    show("pow one nan", 1.0 ** math.nan)
    show("pow inf", 2.0 ** math.inf)
    show("pow neg inf", 0.5 ** -math.inf)
    show("pow neg base int exp", (-2.0) ** 3)
    show("pow neg zero", (-0.0) ** 3.0)
    show("nan add", math.nan + 1.0)
    show("inf sub", math.inf - math.inf)
    big = 2 ** 70
    show("big+float", big + 0.5)
    show("float*big", 0.5 * big)
    show("near 2**53", (2 ** 53 + 1) + 0.0)
    for expr in (
        lambda: x / z,
        lambda: x / 0,
        lambda: n / 0.0,
        lambda: x // z,
        lambda: x % z,
        lambda: z ** -1.0,
        lambda: 0.0 ** -2,
        lambda: 1e300 ** 2.0,
        lambda: 10.0 ** 400,
    ):
        try:
            show("no error", expr())
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e)
    show("complex pow", (-8.0) ** 0.5)
    show("complex pow const", (-1.5) ** 1.5)


def reuse():
    # A local that holds a float is never changed by an operation that reads it.
    a = 2.0
    b = a
    c = a * 3.0
    d = a + a
    e = (a * a) * (a + 1.0)
    print(a, b, c, d, e, a is b)
    s = 0.0
    t = s
    for i in range(5):
        s += i * 0.5
    print(s, t)
    vx = 1.0
    keep = vx
    vx -= vx * 0.25
    print(vx, keep)
    lst = [1.0, 2.0, 3.0]
    acc = 0.0
    for v in lst:
        acc += v * v
    print(acc, lst)


def ints():
    x = 0
    for _ in range(1000):
        x = 10 + x - 10 + x + 1
    print(x)
    big = 2 ** 61 - 1
    show("small overflow add", big + big)
    m = -(2 ** 61)
    show("small overflow sub", m - 1)
    show("mul overflow", big * 4)
    k = 7
    show("floordiv", k // -2)
    show("mod", k % -2)
    show("neg floordiv", -k // 2)
    show("shift", k << 62)
    show("rshift", k >> 70)
    try:
        print(k // 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(k % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    total = 0
    for v in [3, 4, 5]:
        total += v
    print(total)
    i = 0
    for i in range(3):
        pass
    print(i)
    for j in range(0):
        pass
    try:
        print(j)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def compares():
    nan = math.nan
    print(nan < 1.0, nan == nan, nan != nan, 1.0 <= 1, 2 ** 53 + 1 > 2.0 ** 53, 1 == 1.0)
    print(-0.0 == 0.0, 0.5 < 1, 3 >= 3.0)


def store_then_load():
    a = 1.25
    b = a
    print(a, b)
    del b
    try:
        b = b + 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


floats()
reuse()
ints()
compares()
store_then_load()

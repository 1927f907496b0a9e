# Calls between plain functions made from straight-line code and loops (the fast tier's calls):
# results, frames seen from inside, errors raised deep in the call chain, recursion limits,
# rebinding of globals and of __code__ while calls are running, finalizers run at return.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


def depth_of_frames():
    f = sys._getframe()
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n


def a(n):
    if n == 0:
        return depth_of_frames()
    return a(n - 1) + 0


base = depth_of_frames()
print(a(10) - base)


def names(n):
    if n == 0:
        f = sys._getframe()
        out = []
        for _ in range(4):
            out.append((f.f_code.co_name, f.f_locals.get("n")))
            f = f.f_back
        return out
    return names(n - 1)


print(names(3))


def boom(n):
    if n == 0:
        return 1 // n
    return boom(n - 1) + 1


def catch():
    try:
        boom(3)
    except ZeroDivisionError as e:
        tb = e.__traceback__
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return lines


print(catch())


def loop_calls(n):
    total = 0
    for i in range(n):
        total = total + add1(i)
    return total


def add1(x):
    y = x + 1
    z = y - 1
    w = z * 1
    return w + 1


print(loop_calls(1000))


def forever(n):
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def counts(n):
    if n <= 0:
        return 0
    return counts(n - 1) + 1


old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
try:
    print(counts(30))
    counts(100)
except RecursionError as e:
    print("limit 60:", e)
sys.setrecursionlimit(old)


def g1(x):
    y = x + 1
    z = y + 1
    return swapped(z) + 0


def swapped(x):
    y = x + 1
    z = y + 1
    return z + 0


def replace_global():
    global swapped

    def swapped(x):
        return -x

    return 0


print(g1(1))
replace_global()
print(g1(1))


def h(x):
    y = x + 1
    z = y + 1
    w = z + 1
    return w + 100


def k(x):
    y = x + 1
    z = y + 1
    w = z + 1
    return w + 200


print(h(1))
h.__code__ = k.__code__
print(h(1))


class Noisy:
    def __del__(self):
        print("del")


def holder(n):
    obj = Noisy()
    t = n + 1
    u = t + 1
    return u + 0


def caller(n):
    m = n + 1
    p = m + 1
    return holder(p) + 0


print(caller(1))


def kw(a, b=2):
    c = a + b
    d = c + 1
    return d + 0


def calls_kw():
    x = 1
    y = x + 1
    return kw(y) + kw(y, 5) + kw(a=1, b=1)


print(calls_kw())


def bad_args(a, b):
    return a + b


def calls_bad():
    x = 1
    y = x + 1
    return bad_args(y) + 0


try:
    calls_bad()
except TypeError as e:
    print("TypeError:", e)


def raiser(n):
    x = n + 1
    y = x + 1
    return undefined_name + y


def calls_raiser():
    a = 1
    b = a + 1
    return raiser(b) + 0


calls_raiser()

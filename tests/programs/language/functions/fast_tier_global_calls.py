# Calls of a global function with one argument, `f(n - 1)` or `f(x)`, which the fast tier
# makes without pushing the function or the argument: results; arguments that are not small
# ints (big ints, floats, strings, an operator that overflows); globals that are not plain
# functions (classes, builtins, generators, functions of other arities, with defaults); a
# global rebound during the recursion; an unbound local as the argument; the recursion limit;
# and an uncaught error deep in such calls, whose traceback names every call's line.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), fib(2.0), fib(10**20 - 10**20 + 9))


def countdown(n):
    if n <= 0:
        return [n]
    return countdown(n - 3) + [n]


print(countdown(10), countdown(10.5))


def ident(x):
    return x


def uses_local(s):
    t = s * 2
    return ident(t)


print(uses_local("ab"), uses_local(21), uses_local([1]))


def big(n):
    if n > 2**62:
        return n
    return big(n * 2)


print(big(3), big(-1 + 2))


def shifts(n):
    if n < 1:
        return 0
    return 1 + shifts(n - 1000)


print(shifts(2047 * 3), shifts(4611686018427387903 // 10**15))


def wide(n):
    return ident(n + 1)


print(wide(2**61 - 2), wide(2**61 - 1), wide(2**62), wide(-(2**61)))


class Box:
    def __init__(self, v):
        self.v = v


def make(n):
    return Box(n - 1).v


print(make(5), ident(len), ident(abs)(-3))


def gen(n):
    yield n


def take_gen(n):
    return list(gen(n + 1))


print(take_gen(1))


def two(a, b=10):
    return a + b


def call_two(n):
    return two(n - 1)


print(call_two(5))


def kw(*, a=1):
    return a


def call_kw(n):
    return kw(n + 1)


try:
    call_kw(1)
except TypeError as e:
    print(type(e).__name__, e)


def rebinding(n):
    global rebinding
    if n == 3:
        rebinding = lambda n: ("lambda", n)
    return rebinding(n - 1) if n > 0 else "end"


print(rebinding(5), rebinding(5))


def maybe(n):
    if n > 100:
        y = 0
    return ident(y)


try:
    maybe(1)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)

sys.setrecursionlimit(60)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(40))
try:
    depth(100)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)


def fails(n):
    if n == 0:
        return 1 // n
    return fails(n - 1)


fails(3)

# Closures called from loops: the fast tier copies free variables in, reads and writes cells,
# and hands over to the general loop for anything else, with the same results and errors.
import sys


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    return lambda x: x + n


def loops():
    inc = make_counter()
    total = 0
    for i in range(2000):
        total += inc(1)
        if i % 3 == 0:
            total += make_adder(i)(1)
    print("total", total)
    f = make_adder(2.5)
    acc = 0.0
    for i in range(100):
        acc = f(acc)
    print("float", acc)
    g = make_adder("s")
    out = []
    for i in range(3):
        out.append(g(str(i)))
    print(out)


loops()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holder():
    box = Noisy("first")

    def put(v):
        nonlocal box
        box = v
        return 0

    return put


def replace_in_loop():
    put = holder()
    for i in range(3):
        put(Noisy(i))
    put(None)
    print("replaced")


replace_in_loop()


def frames():
    depth = 1

    def probe(k):
        f = sys._getframe()
        return (k + depth, f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno)

    for i in range(2):
        print(probe(i))


frames()


def unbound():
    def inner(a):
        return a + later

    for i in range(2):
        try:
            print(inner(i))
        except NameError as e:
            print(type(e).__name__, e)
    later = 10
    for i in range(2):
        print(inner(i))
    del later
    try:
        inner(0)
    except NameError as e:
        print(type(e).__name__, e)


unbound()


def recursive():
    def down(n):
        return down(n + 1) + base

    base = 1
    for i in range(1):
        try:
            down(0)
        except RecursionError as e:
            print("RecursionError", e)


recursive()


def cell_types():
    x = [1]

    def read(k):
        return x[0] + k

    def write(v):
        nonlocal x
        x = v
        return v

    total = 0
    for i in range(5):
        total += read(i)
    write([100])
    for i in range(5):
        total += read(i)
    print(total, read.__closure__[0].cell_contents)
    print(read.__code__.co_freevars, write.__code__.co_freevars)


cell_types()


def failing():
    n = "text"

    def bad(k):
        return k + n

    for i in range(3):
        bad(i)


failing()

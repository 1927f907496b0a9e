# Where frames say they are: f_lineno and f_lasti of a running frame read through its own
# frame object, f_lasti of callers suspended in a call (the last cache unit of a CALL of a
# Python function, the CALL itself when the callee was reached through a class call),
# tb_lasti along a traceback, and frames of functions called with *args / **kwargs.
import sys


def running():
    f = sys._getframe()
    a = f.f_lineno
    b = 2
    c = f.f_lineno
    return a, c, f.f_lasti, f.f_back.f_lineno


print(running())


def gen():
    yield sys._getframe().f_lineno
    x = 1
    yield g.gi_frame.f_lineno
    yield g.gi_frame.f_lasti
    yield sys._getframe(1).f_code.co_name


g = gen()
values = []
for v in g:
    values.append(v)
print(values)


def inner():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_lasti


def outer():
    return inner()


print(outer())


def by_star(*a, **k):
    f = sys._getframe(1)
    return a, k, f.f_code.co_name, f.f_lasti, f.f_back.f_code.co_name


def star_caller():
    args = [1, 2]
    return by_star(*args, key=3)


print(star_caller())


def f1():
    1 / 0


def g1():
    f1()


class K:
    def __init__(self):
        print("init caller lasti", sys._getframe(1).f_lasti)
        1 / 0


def h1():
    K()


def s1():
    return f1(*())


for fn in (g1, h1, s1):
    try:
        fn()
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        out = []
        while tb:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lasti, tb.tb_lineno))
            tb = tb.tb_next
        print(out)


def cleanup():
    try:
        with open(__file__) as fh:
            g1()
    finally:
        pass


try:
    cleanup()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lasti, tb.tb_lineno)
        tb = tb.tb_next


def deep(n):
    if n == 0:
        return [fr.f_lasti for fr in (sys._getframe(i) for i in range(4))]
    return deep(n - 1)


print(deep(5))


def own_locals():
    f = sys._getframe()
    x = 1
    first = sorted(f.f_locals)
    x = 2
    y = 3
    second = {k: v for k, v in f.f_locals.items() if k in ("x", "y")}
    text = repr(f)
    return first, second, text.split(",", 1)[1], text.startswith("<frame at 0x")


print(own_locals())


def bad_star(a):
    return a


def call_bad():
    return bad_star(*[1, 2])


call_bad()

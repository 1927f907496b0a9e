# f_locals of frames: a traceback's frames keep their locals after the frame exits; locals()
# in a function returns one dict, kept up to date; a suspended generator's frame shows its
# locals as of the last suspension.
import sys


def fails(n):
    a = n * 2
    b = [a, "x"]
    del n
    raise ValueError(a)


try:
    fails(21)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(sorted(tb.tb_frame.f_locals.items()))
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)


def same_dict():
    x = 1
    d1 = locals()
    y = 2
    d2 = locals()
    return d1 is d2, sorted(d2), sorted(d1)


print(same_dict())


def exec_in_function():
    exec("q = 10")
    exec("r = q + 1")
    return sorted(locals().items())


print(exec_in_function())


def gen():
    total = 0
    for i in range(3):
        total += i
        yield total
    del total
    yield "done"


g = gen()
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()))
for _ in g:
    pass
print(g.gi_frame)

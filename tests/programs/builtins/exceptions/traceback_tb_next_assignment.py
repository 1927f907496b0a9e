# A traceback's tb_next can be cut or relinked (unittest removes its own frames this way), but
# not deleted, set to another type, or made to loop.
import sys


def inner():
    1 / 0


def outer():
    inner()


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__

names = []
t = tb
while t is not None:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)

second = tb.tb_next
for bad in [5, "x", second.tb_frame]:
    try:
        tb.tb_next = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del tb.tb_next
except TypeError as e:
    print("TypeError:", e)
for target, new in [(tb, tb), (second, tb), (second.tb_next, tb)]:
    try:
        target.tb_next = new
    except ValueError as e:
        print("ValueError:", e)

tb.tb_next = second.tb_next
print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
tb.tb_next = None
print(tb.tb_next)
print(repr(sys.abiflags))
e = ZeroDivisionError("relinked")
raise e.with_traceback(tb)

# Returns fused with the instruction before them (a local returned, an operator's result
# returned) in the calls the fast tier makes: their values, an operator error and an unbound
# local deep in a chain of calls (with their tracebacks), and the same functions traced.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(18))


def add(a, b):
    return a + b


def chain(n, b):
    if n == 0:
        return add(1, b)
    return chain(n - 1, b) * 1


print(chain(5, 2), chain(3, 2.5))
try:
    chain(4, "x")
except TypeError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(type(e).__name__, e, frames)


def unbound(n):
    if n > 0:
        return unbound(n - 1)
    if n < 0:
        x = 1
    return x


try:
    unbound(3)
except UnboundLocalError as e:
    print(type(e).__name__, e)


def local(n):
    x = n * 2
    if n == 0:
        return x
    return local(n - 1)


print(local(6))

events = []


def tracer(frame, event, arg):
    if event == "return":
        events.append((frame.f_code.co_name, arg))
    return tracer


sys.settrace(tracer)
print(fib(4))
sys.settrace(None)
print(events[:4], len(events))
print(fib(10), local(3))


def deep(n):
    if n == 0:
        return n
    return deep(n - 1) + 1


print(deep(500))
chain(3, [])

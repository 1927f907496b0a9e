import sys
from collections import Counter

c = Counter()


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        c[(frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno)] += 1
    return tracer


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class K:
    x = 1
    def m(self):
        return self.x


async def coro(n):
    return n + 1


async def main():
    a = await coro(1)
    b = await coro(a)
    return b


def async_driver():
    co = main()
    try:
        co.send(None)
    except StopIteration as e:
        return e.value


def nested_gen_exc():
    def g():
        try:
            yield 1
            raise ValueError
        finally:
            pass
    try:
        for v in g():
            pass
    except ValueError:
        return "ve"


sys.settrace(tracer)
fib(6)
K().m()
class L:
    y = 2
async_driver()
nested_gen_exc()
[x for x in range(3) if x]
try:
    exec("q = 1\nfor i in range(2):\n    q += i\n")
except Exception as e:
    print(e)
sys.settrace(None)
for k in sorted(c, key=repr):
    print(k, c[k])

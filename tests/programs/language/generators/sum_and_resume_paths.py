# sum() of generators (ints added at the yields, other values handed back), generators resumed
# by for loops and next() at `yield` statements, and what they observe between items.
import sys


def ints(n):
    i = 0
    while i < n:
        yield i
        i += 1


def mixed():
    yield 1
    yield True
    yield 2
    yield 2**70
    yield 3
    yield False
    yield 4


print(sum(ints(10)), sum(ints(0)), sum(ints(5), 100), sum(ints(5), -(2**80)))
print(sum(mixed()), sum(mixed(), 0.5))


def near_overflow():
    yield sys.maxsize
    yield 1
    yield -5
    yield sys.maxsize


print(sum(near_overflow()))
print(sum(x for x in (1, 2.5, 3, 4)))
print(sum((x for x in [1, 2, 3]), start=10))


def nested():
    for i in range(4):
        yield sum(j for j in range(i * 10))


print(sum(nested()), list(nested()))


def watcher():
    g = me[0]
    for i in range(3):
        yield i
        print("running:", g.gi_running, g.gi_frame is not None)


me = [None]
w = watcher()
me[0] = w
print(sum(w))


def receiver():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


r = receiver()
print(next(r), r.send(5), r.send(7))
print(sum(receiver()))


def raiser():
    yield 1
    yield 2
    raise ValueError("boom")


try:
    sum(raiser())
except ValueError as e:
    print("caught", e)


def catches():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise


g = catches()
print(next(g))
g.close()

g = catches()
for v in g:
    print("item", v)
    break
g.close()


def thrower():
    while True:
        try:
            yield 1
        except KeyError as e:
            print("got", repr(e))
            yield 99


t = thrower()
print(next(t), t.throw(KeyError("k")), next(t), next(t))


def tb_gen():
    yield 1
    yield 2


t = tb_gen()
next(t)
try:
    t.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)


def stops():
    yield 1
    return 5


s = stops()
print(next(s))
try:
    next(s)
except StopIteration as e:
    print("returned", e.value)


def pipeline():
    def numbers(n):
        i = 0
        while i < n:
            yield i
            i += 1

    def evens(it):
        for x in it:
            if x % 2 == 0:
                yield x

    def squares(it):
        for x in it:
            yield x * x

    return sum(squares(evens(numbers(1000)))), list(squares(evens(numbers(10))))


print(pipeline())


def yields_in_expression():
    a = yield 1
    b = yield 2
    yield (a, b)


print(sum(x for x in yields_in_expression() if isinstance(x, int)))
y = yields_in_expression()
print(next(y), y.send("A"), y.send("B"))


def exc_state():
    try:
        raise KeyError("outer")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


print(list(exc_state()))
try:
    raise IndexError
except IndexError:
    print([x for x in exc_state()], sys.exc_info()[0].__name__)


def counter_with_frame():
    for i in range(3):
        yield sys._getframe().f_lineno


print(sum(counter_with_frame()), list(counter_with_frame()))


# yield from inside a summed generator.
def inner(n):
    for i in range(n):
        yield i
    return 100

def outer():
    r = yield from inner(5)
    yield r
    r = yield from inner(3)
    yield r
    x = yield 7
    yield x or 0

print(sum(outer()))
o = outer()
print(list(o))
def deleg():
    yield from outer()
    yield from [1, 2, 3]
    yield from (i * 2 for i in range(4))
print(sum(deleg()), list(deleg()))

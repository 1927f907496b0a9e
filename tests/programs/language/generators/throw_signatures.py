# throw() with the (type, value, traceback) signature warns that it is deprecated (athrow()
# too); an exception class whose call does not return an exception makes a TypeError that is
# raised inside the generator, as CPython's normalization does.
import warnings


def g():
    yield 42


async def ag():
    yield 1


async def coro():
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for args in [(TypeError, TypeError(24), None), (TypeError, TypeError(25)), (TypeError(26),)]:
        try:
            g().throw(*args)
        except TypeError as e:
            print("TypeError", e)
    a = ag()
    aw = a.athrow(ValueError, ValueError(1), None)
    c = coro()
    try:
        c.throw(ValueError, ValueError(2))
    except ValueError as e:
        print("ValueError", e)
    aw.close()
for w in caught:
    print(w.category.__name__, w.message)


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print("TypeError", e)
try:
    next(gen)
except StopIteration:
    print("exhausted")


def catching():
    try:
        yield
    except TypeError as e:
        print("caught inside:", e)


gen = catching()
next(gen)
try:
    gen.throw(E)
except StopIteration:
    print("StopIteration")

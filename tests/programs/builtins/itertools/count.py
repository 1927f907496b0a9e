# itertools.count: values, steps of several numeric types, repr and argument errors.
import itertools
c = itertools.count()
print([next(c) for _ in range(3)], repr(c))
c = itertools.count(5, 2)
print(next(c), next(c), repr(c))
print(list(itertools.islice(itertools.count(1.5, 0.5), 4)))
print(list(itertools.islice(itertools.count(10, -3), 4)))
print(list(itertools.islice(itertools.count(2**64), 2)))
print(repr(itertools.count(1, 1.0)), repr(itertools.count(0, True)), repr(itertools.count(step=-1)))
print(repr(itertools.count(start=3, step=2)), repr(itertools.count(1j)))
for args, kw in [((1, 2, 3), {}), (('a',), {}), ((1, 'a'), {}), ((), {'x': 1})]:
    try:
        itertools.count(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(type(c).__name__, type(c).__module__, iter(c) is c)

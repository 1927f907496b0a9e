# itertools.repeat: counted and endless repeats, repr, __length_hint__, errors.
import itertools
print(list(itertools.repeat('x', 3)), list(itertools.repeat(None, 0)), list(itertools.repeat(1, -2)))
r = itertools.repeat([1], 2)
print(repr(r), r.__length_hint__(), next(r) is next(itertools.repeat(r)) , r.__length_hint__())
print(repr(itertools.repeat('x')), repr(itertools.repeat('x', -3)), repr(itertools.repeat(object=1, times=2)))
print(list(map(pow, range(5), itertools.repeat(2))))
try:
    itertools.repeat('x').__length_hint__()
except TypeError as e:
    print("TypeError:", e)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'times': 'a'}), ((1,), {'count': 2})]:
    try:
        itertools.repeat(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)

# itertools.accumulate: sums, custom functions, initial values, errors.
import itertools, operator
print(list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
print(list(itertools.accumulate([1, 2, 3], operator.mul)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=7)), list(itertools.accumulate([])))
print(list(itertools.accumulate("abc")))
print(list(itertools.accumulate([1, 2], None, initial=None)))
print(list(itertools.accumulate(iterable=[5, 5], func=lambda a, b: a - b)))
for args, kw in [((), {}), (([1], None, 3), {}), (([1],), {'initial': 5, 'foo': 3}), ((1,), {})]:
    try:
        itertools.accumulate(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    list(itertools.accumulate([1, 'a']))
except TypeError as e:
    print("TypeError:", e)

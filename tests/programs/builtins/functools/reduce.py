# _functools.reduce: with and without an initial value; errors.
from _functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [1, 2, 3], 10))
print(reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(lambda a, b: [b] + a, "abc", []), reduce(max, [3], 'unused') if False else reduce(max, [3]))
def gen():
    yield from "xyz"
print(reduce(lambda a, b: a + b.upper(), gen()))
for args, kw in [((), {}), ((len,), {}), ((len, [], 1, 2), {}), ((len, []), {}), ((len, 1), {}),
                 ((), {'function': len, 'iterable': []})]:
    try:
        reduce(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(lambda a, b: 1 / 0, [1, 2])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

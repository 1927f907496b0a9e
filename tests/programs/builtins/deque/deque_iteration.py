# deque iterators: forward, reversed, length hints, mutation during iteration.
from _collections import deque
d = deque(range(5))
print(list(iter(d)), list(reversed(d)), [x * 2 for x in d])
it = iter(d)
print(next(it), it.__length_hint__(), type(it).__name__, type(reversed(d)).__name__)
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.pop()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
it = iter(d)
d[0] = 'x'
print(list(it))
r = reversed(deque('abc'))
print(next(r), r.__length_hint__(), list(r))

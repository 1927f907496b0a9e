# deque: +, *, +=, *=, comparisons.
from _collections import deque
a = deque([1, 2]); b = deque([3])
print(a + b, a * 2, 2 * a, a * 0, a * -1)
print(deque([1, 2], 3) * 2, deque([1, 2], 3) + deque([5, 6]), deque([1]) + deque([2], 1))
c = deque([1]); c += [2, 3]; c += c
print(c)
c *= 2; print(c, len(c))
m = deque([1, 2], maxlen=3); m *= 3; print(m)
print(deque([1, 2, 3]) == deque([1, 2, 3]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque([1]) >= deque([1, 0]))
print(deque() < deque([1]), deque([1, 2]) > deque([1]))
for f in (lambda: deque([1]) + [1], lambda: deque([1]) * 'a', lambda: deque([1]) < [1], lambda: 2.5 * deque()):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(deque())
except TypeError:
    print("unhashable")

# deque with maxlen: trimming on both ends, maxlen attribute, maxlen=0, errors.
from _collections import deque
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.popleft(), d.pop(), list(d), d.maxlen)
d = deque(range(10), 3)
print(d, d.maxlen, deque([1]).maxlen)
d.append(10); print(d)
d.appendleft(-1); print(d)
d.extend([20, 21]); print(d)
d.extendleft([30, 31]); print(d)
z = deque([1, 2], maxlen=0)
z.append(3); z.extend([4])
print(z, len(z))
print(deque(iterable=[1, 2], maxlen=5), deque(maxlen=None))
for args, kw in [((1,), {}), (([1], 'a'), {}), (([1], -1), {}), (([1], 2, 3), {}), (([1],), {'x': 3})]:
    try:
        deque(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    deque([1], 1).insert(0, 5)
except IndexError as e:
    print("IndexError:", e)
try:
    d.maxlen = 3
except AttributeError as e:
    print("AttributeError")

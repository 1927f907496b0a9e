# deque: rotate in both directions and by more than the length; reverse.
from _collections import deque
d = deque(range(6))
d.rotate(); print(d)
d.rotate(-2); print(d)
d.rotate(13); print(d)
d.rotate(-13); print(d)
d.rotate(0); print(d)
d.reverse(); print(d)
e = deque(); e.rotate(5); e.reverse(); print(e)
try:
    d.rotate('a')
except TypeError as e:
    print("TypeError:", e)
try:
    d.rotate(1, 2)
except TypeError as e:
    print("TypeError:", e)

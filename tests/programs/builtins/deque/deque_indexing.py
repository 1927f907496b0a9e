# deque: indexing, assignment and deletion by index; errors.
from _collections import deque
d = deque("abcde")
print(d[0], d[-1], d[2])
d[1] = 'B'; d[-1] = 'E'
print(d)
del d[0]; del d[-2]
print(d)
for key in (5, -6, 'a', slice(1, 2), 1.0):
    try:
        d[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    d[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del d[10]
except IndexError as e:
    print("IndexError:", e)
class I:
    def __index__(self):
        return 1
print(d[I()])

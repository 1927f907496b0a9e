# deque: append/appendleft/pop/popleft/extend/extendleft/clear and len/bool/in.
from _collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), bool(d), 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([7, 8])
print(d)
d.extend(d)
print(d, len(d))
d.clear()
print(d, bool(d), len(d))
for meth in ('pop', 'popleft'):
    try:
        getattr(deque(), meth)()
    except IndexError as e:
        print("IndexError:", e)
print(deque(), deque(()), deque(range(3)), deque("xy"))
e = deque()
e.extendleft(range(4))
print(e)

# deque: calling __init__ again, unbound methods, operator and argument errors.
from _collections import deque
d = deque([1, 2, 3], 5)
d.__init__([9])
print(d, d.maxlen)
d.__init__([7, 8], maxlen=1)
print(d)
print(deque.append.__qualname__, deque.__qualname__, deque.__name__)
for f in (lambda: deque.append(), lambda: deque().__init__([1], 2, 3), lambda: deque([1]) | deque(),
          lambda: -deque(), lambda: deque() + 1, lambda: 1 + deque(), lambda: deque('ab') * 2.0,
          lambda: deque('ab') * (1 << 70), lambda: deque()[0], lambda: deque('a').insert('x', 1),
          lambda: deque('a').index(), lambda: deque('a').index('a', 'x'), lambda: deque('a').extend(),
          lambda: deque('a').rotate(1 << 80), lambda: deque('a').index(1, 2, 3, 4)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

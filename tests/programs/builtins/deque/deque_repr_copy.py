# deque: repr (maxlen, recursion, subclasses), copy and __copy__.
from _collections import deque
d = deque([1, 'a', None])
print(repr(d), str(d), repr(deque(maxlen=2)), repr(deque("ab", 5)))
r = deque([1])
r.append(r)
print(r)
c = d.copy()
c.append(5)
print(d, c, d.__copy__() == d, d.__copy__() is d)
m = deque([1, 2], 3).copy()
print(m, m.maxlen)
class D(deque):
    pass
s = D([1, 2], 5)
print(repr(s), type(s.copy()).__name__, s.copy(), type(s + deque([3])).__name__)
class E(deque):
    def __repr__(self):
        return 'E!'
print(E(), [E()], deque([E()]))
print(deque.__name__, deque.__module__, deque.__doc__.splitlines()[0])

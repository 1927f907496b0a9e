# deque: count, index (with bounds), insert, remove.
from _collections import deque
d = deque("abcabc")
print(d.count('a'), d.count('z'), d.index('b'), d.index('b', 2), d.index('c', -2))
for args in [('z',), ('a', 1, 3)]:
    try:
        d.index(*args)
    except ValueError as e:
        print("ValueError:", e)
d.insert(0, 'X'); d.insert(100, 'Y'); d.insert(-1, 'Z'); d.insert(-100, 'W')
print(d)
d.remove('a'); print(d)
try:
    d.remove('nope')
except ValueError as e:
    print("ValueError:", e)
for meth, args in [('append', ()), ('append', (1, 2)), ('count', ()), ('remove', ()), ('insert', (1,))]:
    try:
        getattr(d, meth)(*args)
    except TypeError as e:
        print("TypeError:", e)
class Eq:
    def __eq__(self, other):
        return other == 2
print(deque([1, 2, 3]).index(Eq()), deque([2, 2]).count(Eq()))

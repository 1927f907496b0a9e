# defaultdict: repr (nested, recursive), copy, |, subclasses.
from _collections import defaultdict
d = defaultdict(list, {1: [2]})
print(repr(d), str(d), repr(defaultdict()))
r = defaultdict(list)
r[1] = r
print(r)
c = d.copy()
c[2]
print(c, d, type(c).__name__, c.default_factory is list, d.__copy__())
print(d | {3: 4}, {0: 1} | d, type({0: 1} | d).__name__)
e = defaultdict(int)
e |= {5: 6}
print(e)
try:
    d | 1
except TypeError as ex:
    print("TypeError:", ex)
class DD(defaultdict):
    pass
s = DD(int, {1: 2})
print(repr(s), s[9], s, type(s.copy()).__name__, s.copy())
class Missing(defaultdict):
    def __missing__(self, key):
        return key * 2
m = Missing(list)
print(m[4], m)
def factory():
    return 'x'
print(defaultdict(factory).__repr__().startswith("defaultdict(<function factory"))

from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, P._make([5, 6]), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
class T(tuple):
    def first(self): return self[0]
t = T([4, 5])
print(t, t.first(), type(t[0:1]).__name__, type(t + (1,)).__name__)

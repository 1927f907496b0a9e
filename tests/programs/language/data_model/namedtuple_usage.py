from collections import namedtuple
P = namedtuple("P", ["x", "y"], defaults=[0])
p = P(1)
print(p, p.x, p.y, p._asdict(), p._replace(x=5), P._fields)
x, y = p
print(x, y, p == (1, 0), isinstance(p, tuple))

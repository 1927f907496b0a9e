class P:
    __slots__ = ("x", "y")
p = P()
p.x = 1
print(p.x)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "__dict__"))
print(P.__slots__)
print(type(P.x).__name__)
class Q(P):
    pass
q = Q()
q.z = 3
print(q.z, q.__dict__)
class R:
    __slots__ = "only"
r = R()
r.only = "yes"
print(r.only, R.__slots__)

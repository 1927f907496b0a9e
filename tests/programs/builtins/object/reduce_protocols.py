# object.__reduce__/__reduce_ex__ for every pickle protocol: copyreg for 0 and 1, __newobj__ with
# __getnewargs__, list items and dict items from 2 up; copy and pickle round trips.
import copy, pickle
class A:
    def __init__(self): self.x = 1
class L(list): pass
a = A()
r = a.__reduce__(); print(r[0].__name__, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2])
l = L([1, 2]); l.y = 3
r = l.__reduce__(); print(r[0].__name__, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2])
print(pickle.loads(pickle.dumps(l, 0)), pickle.loads(pickle.dumps(a, 1)).x)
try: object().__reduce__()
except TypeError as e: print(e)
try: (1).__add__.__reduce__()
except TypeError as e: print(e)
for proto in range(6):
    x = pickle.loads(pickle.dumps(l, proto)); print(proto, type(x).__name__, x, x.__dict__)
class D(dict): pass
dd = D(a=1); dd.z = 2
for proto in (0, 2, 5):
    x = pickle.loads(pickle.dumps(dd, proto)); print(proto, type(x).__name__, x, x.__dict__)
print(copy.copy(l), copy.deepcopy(dd))
class I(int): pass
class S(str): pass
class T(tuple): pass
class F(float): pass
for v in (I(5), S("ab"), T((1, 2)), F(1.5)):
    v.attr = 1 if not isinstance(v, tuple) else None
    for proto in (0, 2, 4):
        x = pickle.loads(pickle.dumps(v, proto)); print(proto, type(x).__name__, x, getattr(x, "attr", "-"))
    print(copy.copy(v), copy.deepcopy(v))
class G:
    def __new__(cls, a):
        o = super().__new__(cls); o.a = a; return o
    def __getnewargs__(self): return (self.a,)
print(copy.copy(G(7)).a, pickle.loads(pickle.dumps(G(8), 2)).a)

# types.SimpleNamespace: keyword construction, repr (recursive, subclasses), equality,
# pickling and copying, and sys.implementation as one.
import types, pickle, copy, sys
SN = types.SimpleNamespace
print(SN, SN.__module__, SN.__name__, SN.__qualname__)
ns = SN(a=1, b="x")
print(ns, repr(ns), ns.a, ns.b)
ns.c = [1]
del ns.a
print(ns, vars(ns))
print(SN(a=1) == SN(a=1), SN(a=1) == SN(a=2), SN() == SN(), SN(a=1) != SN(a=1))
print(SN(a=1) == {"a": 1})
try:
    SN(1)
except TypeError as e:
    print("TypeError:", e)
print(SN.__hash__)
r = SN(); r.self = r
print(r)
class Sub(SN):
    pass
s = Sub(q=2)
print(s, s == SN(q=2), SN(q=2) == s, isinstance(s, SN))
print(pickle.loads(pickle.dumps(SN(a=1, b=[2]))))
print(copy.copy(SN(z=3)), copy.deepcopy(SN(z=[3])))
print(SN(**{"k": 1}))
print(sorted(k for k in dir(SN()) if not k.startswith("__")))
print(type(sys.implementation) is SN, sys.implementation.cache_tag is not None)
print(SN(a=SN(b=1)))

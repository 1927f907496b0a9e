# mappingproxy: cls.__dict__, vars(cls) and types.MappingProxyType.
import types
class A:
    x = 1
m = A.__dict__
print(type(m).__name__, type(vars(A)).__name__, m is not A.__dict__, m == A.__dict__)
print(m["x"], m.get("y"), m.get("y", 5), "x" in m, "y" in m)
A.y = 2
print(m["y"], sorted(k for k in m if not k.startswith("__")))
p = types.MappingProxyType({"a": 1, "b": 2})
print(p, repr(p), str(p), len(p), list(p), list(p.keys()), list(p.values()), list(p.items()))
print(p == {"a": 1, "b": 2}, p != {}, p | {"c": 3}, {"z": 0} | p, p.copy(), type(p.copy()).__name__)
print(list(reversed(p)), dict(p), types.MappingProxyType(p))
for f in (lambda: p.__setitem__("a", 2), lambda: types.MappingProxyType([1, 2]),
          lambda: types.MappingProxyType(), lambda: p["missing"], lambda: hash(p)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    p["a"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    p |= {}
except TypeError as e:
    print(type(e).__name__, e)
print(type(m).__name__ in dir(types) or types.MappingProxyType is type(m))

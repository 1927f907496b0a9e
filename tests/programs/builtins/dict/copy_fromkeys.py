a = {"l": [1]}
b = a.copy()
b["l"].append(2)
b["n"] = 0
print(a, b)
f = dict.fromkeys("ab", [])
f["a"].append(1)
print(f)
class D(dict): pass
print(type(D.fromkeys("x")).__name__, D.fromkeys("xy", 5))
import copy
c = copy.deepcopy(a)
c["l"].append(3)
print(a, c)

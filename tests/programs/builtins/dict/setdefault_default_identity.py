d = {}
l = d.setdefault("k", [])
l.append(1)
print(d, d.setdefault("k", []) is l)
from collections import defaultdict
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dict(dd), dd.default_factory.__name__, "c" in dd, dd.get("c"))
dd2 = defaultdict(lambda: "dflt")
print(dd2["x"], repr(dd2)[:30])
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print(type(e).__name__, e)

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[(1, 2)] = "tuple"
d[frozenset({1})] = "fs"
d[None] = "none"
d[""] = "empty"
print(d)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return f"K({self.v})"
e = {K(1): "a", K(2): "b", K(1): "c"}
print(e, len(e))

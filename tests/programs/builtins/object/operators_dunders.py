class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return V(*(-a for a in self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
    def __contains__(self, x): return x in self.c
    def __repr__(self): return "V" + repr(self.c)
    def __iadd__(self, o):
        print("iadd")
        return self + o
v, w = V(1, 2), V(3, 4)
print(v + w, v - w, v * 3, 3 * v, -v, v @ w, v[1], len(v), 2 in v, list(v))
v += w
print(v)

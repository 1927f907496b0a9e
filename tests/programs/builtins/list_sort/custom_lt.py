class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f"V{self.v}"
print(sorted([V(3), V(1), V(2)]))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1)]))

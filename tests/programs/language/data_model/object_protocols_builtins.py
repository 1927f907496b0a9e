class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"Num({self.v})"

n = Num(3)
print(range(n), [0, 1, 2, 3, 4][n], hex(n)[:2], max(Num(1), Num(5), Num(2)))
print(sorted([Num(3), Num(1)]), min([Num(4), Num(2)]))
print("abcdef"[Num(1):Num(4)])

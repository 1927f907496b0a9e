import operator
rows = [{"n": "x", "a": 3}, {"n": "y", "a": 1}, {"n": "z", "a": 2}]
print([r["n"] for r in sorted(rows, key=operator.itemgetter("a"))])
pts = [(1, 2), (0, 5), (1, 0)]
print(sorted(pts, key=operator.itemgetter(1)), sorted(pts, key=operator.itemgetter(0, 1)))
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return "P" + str(self.n)
print(sorted([P(3), P(1)], key=operator.attrgetter("n")))
print(sorted(["bb", "a", "ccc"], key=operator.methodcaller("__len__")))

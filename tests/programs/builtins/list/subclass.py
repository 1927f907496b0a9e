class L(list):
    def head(self): return self[0]
l = L([3, 1, 2])
print(l, l.head(), type(l[0:2]).__name__, type(l + [1]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
l.sort()
print(l, len(l), isinstance(l, list))
class Logging(list):
    def append(self, x):
        print("append", x)
        super().append(x)
g = Logging()
g.append(1)
g.extend([2])
print(g)
class R(list):
    def __repr__(self): return "R" + super().__repr__()
print(R([1]), [R([2])])

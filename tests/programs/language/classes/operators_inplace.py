class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        print("plain add")
        n = Acc(); n.items = self.items + [x]
        return n

a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)

o = OnlyAdd(1)
p = o
o += 5
print(o.v, p.v, o is p)
l = [1]; m = l; l += [2]; print(m)
t = (1,); u = t; t += (2,); print(u, t)

from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dict(dd))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"])
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), od == OrderedDict(b=2, a=1))
class D(dict):
    def __missing__(self, k):
        self[k] = k * 2
        return self[k]
x = D()
print(x[3], x)

# xfail: not yet identical to CPython
from collections import OrderedDict, Counter
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5])
c.update("zz")
c.subtract({"a": 5})
print(c, +c, c.total())
print(Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=4), Counter(a=2) & Counter(a=1))

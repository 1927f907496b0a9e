import gc

class Node:
    def __init__(self):
        self.ref = None

gc.collect()
a = Node(); b = Node()
a.ref = b; b.ref = a
l = []; l.append(l)
d = {}; d["self"] = d
del a, b, l, d
print(gc.collect() > 0)
print(gc.collect())
print(gc.isenabled())

import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print(gc.collect() >= 2)
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())

import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("collected", self.name)

gc.disable()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("before collect")
n = gc.collect()
print("unreachable found:", n >= 2)
gc.enable()

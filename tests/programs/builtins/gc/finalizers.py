import gc
log = []
class F:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)
f = F(1)
del f
print(log)
g = F(2)
h = g
del g
print(log)
del h
print(log)
a = F(3)
b = F(4)
a.ref = b
b.ref = a
del a, b
print(log)
gc.collect()
print(sorted(log))

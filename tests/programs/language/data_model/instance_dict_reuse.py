# Instance dicts of short-lived instances: a dict that outlives its instance keeps its
# contents, new instances start empty, attribute order and deletion behave as usual, and
# values whose __del__ runs as the instance dies see a consistent world.
import gc


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


# A __dict__ held after its instance dies is not emptied.
p = P(1, 2)
d = p.__dict__
del p
q = P(3, 4)
print(d, q.__dict__, d is q.__dict__)

# vars() of a dead instance, then many instances made and dropped.
saved = []
for i in range(5):
    r = P(i, -i)
    if i % 2:
        saved.append(vars(r))
print(saved)

# A new instance after others died: only its own attributes, in its own order.
for i in range(3):
    a = P(i, i)
a = None
b = P.__new__(P)
print(vars(b), hasattr(b, "x"))
b.z = 1
b.x = 2
print(vars(b))
del b.z
print(vars(b), list(b.__dict__))


# A value whose __del__ runs when the instance dies and makes new instances.
class Noisy:
    def __del__(self):
        n = P("in", "del")
        n.extra = 1
        print("del sees", vars(n))


class Holder:
    pass


h = Holder()
h.n = Noisy()
h.k = 5
del h
h2 = Holder()
print("after", vars(h2))
h2.w = 1
print(vars(h2))


# A dict subclass as __dict__, then the instance dies.
class MyDict(dict):
    pass


m = Holder()
m.__dict__ = MyDict(a=1)
del m
m2 = Holder()
m2.b = 2
print(vars(m2), type(m2.__dict__).__name__)

# An instance in a cycle, collected by the collector.
c = Holder()
c.me = c
c.v = [1, 2]
del c
gc.collect()
c2 = Holder()
c2.q = 3
print(vars(c2))

# Dicts seen by gc.get_objects() are never handed out filled.
for i in range(3):
    t = P(i, i)
del t
for o in gc.get_objects():
    if type(o) is dict and not o:
        o["junk"] = 1
n = P(7, 8)
print(vars(n))

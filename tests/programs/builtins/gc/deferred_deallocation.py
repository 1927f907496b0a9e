# Freeing a long chain of containers defers the deepest ones (CPython's trashcan); a __del__
# that runs meanwhile may start a collection, which must not free the deferred objects again,
# and a deferred object's __del__ runs once.
import gc

calls = []

class Collects:
    def __del__(self):
        calls.append("collect")
        gc.collect()

class Counted:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        calls.append(self.name)

def chain(depth, leaf):
    x = leaf
    for i in range(depth):
        x = [x]
    return x

# Whatever the depth at which deferring starts, some of these lists are deferred one by one;
# the last (freed first) runs a collection while the others wait.
for depth in range(40, 60):
    deep = [[{}, [i]] for i in range(20)] + [[Collects()]]
    c = chain(depth, deep)
    del deep
    del c
print(len(calls), set(calls))

# A finalizer of a deferred object runs once.
calls.clear()
for depth in range(40, 60):
    c = chain(depth, [Counted("a"), [Counted("b")]])
    del c
print(len(calls), sorted(set(calls)))

# Deferred containers in cycles with the rest: collected without a crash.
calls.clear()
for n in (60, 200):
    c = chain(n, [Counted(n)])
    c[0].append(c)
    del c
    print(gc.collect() > 0, calls)
print("done")

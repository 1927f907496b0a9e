# gc.callbacks see every gc.collect() (start, then stop with the counts); get_stats counts it.
import gc
seen = []
def cb(phase, info):
    seen.append((phase, info["generation"], sorted(info)))
before = gc.get_stats()[2]["collections"]
gc.callbacks.append(cb)
class Node:
    pass
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
n = gc.collect()
gc.callbacks.remove(cb)
print(seen[0], seen[-1][:2], n >= 2)
print(gc.get_stats()[2]["collections"] - before >= 1, gc.get_stats()[2]["collected"] >= 2)
def bad(phase, info):
    raise ValueError("in callback")
gc.callbacks.append(bad)
print(gc.collect() >= 0)
gc.callbacks.remove(bad)
gc.set_debug(0)
print(gc.get_debug())
gc.freeze(); gc.unfreeze(); print(gc.get_freeze_count())
try:
    gc.get_stats(1)
except TypeError as e:
    print(type(e).__name__, e)

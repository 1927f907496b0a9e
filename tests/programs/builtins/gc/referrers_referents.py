import gc
x = [1, 2]
container = [x, "s"]
print(x in gc.get_referents(container), len(gc.get_referents(container)))
print(any(r is container for r in gc.get_referrers(x)))
d = {"key": x}
print(sorted(map(repr, gc.get_referents(d))))
print(gc.get_referents(1), gc.get_referents())

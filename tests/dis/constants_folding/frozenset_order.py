# Frozensets folded from set displays keep the order CPython's set iterates them in.
x in {'za', 'b', 'c'}
x in {1, 2, 3, 'q', 'r', 's', 40, 50}
for y in {'alpha', 'beta', 'gamma', 'delta'}:
    pass
s = {1, 'two', 3.0, 'four', b'five'}

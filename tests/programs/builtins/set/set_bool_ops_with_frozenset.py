s = {1, 2}
f = frozenset({2, 3})
print(s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s)
print(type(s | f).__name__, type(f | s).__name__, type(f & s).__name__)
print(s < f, s <= s, f >= frozenset(), s == {1, 2}, f != s)
s |= f
print(s, type(s).__name__)
g = f
g |= {9}
print(f, g, g is f)

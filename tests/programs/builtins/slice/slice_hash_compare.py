print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), slice(0) > slice(None, None) if False else "skip")
try:
    hash(slice(1, 2))
    print("hashable in 3.12")
except TypeError as e:
    print(type(e).__name__, e)
s = slice([], {}, ())
print(s, s.start, s.stop, s.step)
print(slice(1, 2).__reduce__())

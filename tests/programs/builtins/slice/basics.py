s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice("a", [1], None)))
print(s == slice(1, 10, 2), s == slice(1, 10), slice(1, 2) < slice(1, 3))
print(hash(slice(1, 2)) == hash(slice(1, 2)))
try:
    s.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)

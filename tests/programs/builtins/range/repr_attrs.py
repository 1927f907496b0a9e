print(repr(range(0)), repr(range(1, 2)), repr(range(1, 2, 1)), repr(range(1, 2, 3)), repr(range(-1, -2, -3)))
r = range(1, 10, 2)
try:
    r.start = 0
except AttributeError as e:
    print(type(e).__name__, e)
print(range.__name__, type(r).__name__, isinstance(r, range))
try:
    class R(range): pass
except TypeError as e:
    print(type(e).__name__, e)

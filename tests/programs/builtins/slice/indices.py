for s in (slice(None), slice(2, None), slice(None, None, -1), slice(-100, 100), slice(-3, -1), slice(5, 2, -1), slice(None, None, 3), slice(10, 20)):
    print(s, [s.indices(n) for n in (0, 1, 5, 10)])
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(None).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a").indices(5)
except TypeError as e:
    print(type(e).__name__, e)

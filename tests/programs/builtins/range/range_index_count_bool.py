r = range(-5, 50, 5)
print(r.index(-5), r.index(45), r.count(10), r.count(11))
for v in (11, 50, "x"):
    try:
        r.index(v)
    except ValueError as e:
        print(type(e).__name__, e)
print(bool(range(0)), bool(range(1, 0)), bool(range(-1, 0)), len(range(0, 10, 100)), len(range(10, 0, -100)))

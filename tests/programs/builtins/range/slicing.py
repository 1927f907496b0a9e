r = range(0, 100, 7)
for s in (slice(2, 5), slice(None, None, -1), slice(-3, None), slice(None, 3, -2), slice(1, 100, 3), slice(50, 0), slice(None, None, 4)):
    sub = r[s]
    print(s, sub, list(sub) == list(r)[s])

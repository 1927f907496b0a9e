r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], 11 in r, 12 in r)
print(r.index(8), r.count(5), range(5) == range(0, 5), list(range(5, 0, -2)))
print(range(0), bool(range(0)), list(reversed(range(3))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
print(range(10 ** 20)[-1], len(range(0, 10 ** 6, 7)))

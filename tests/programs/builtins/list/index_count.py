a = [1, 2, 3, 2, 1, 2.0, "2"]
print(a.index(2), a.index(2, 2), a.index(2, 4), a.index(1, -3), a.count(2), a.count("2"), a.count(99))
try:
    a.index(2, 6)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
print([float("nan")].count(float("nan")))
n = float("nan")
print([n].count(n), [n].index(n), n in [n])

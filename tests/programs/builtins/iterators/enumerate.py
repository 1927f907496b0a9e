print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)), list(enumerate([], 5)))
e = enumerate(range(3), 10**20)
print(next(e), next(e))
print(type(enumerate([])).__name__, iter(e) is e)
try:
    enumerate(5)
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    enumerate([], 1.5)
except TypeError as e2:
    print(type(e2).__name__, e2)
print(dict(enumerate("xy")), [i * c for i, c in enumerate("abc")])

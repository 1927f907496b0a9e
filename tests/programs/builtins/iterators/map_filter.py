print(list(map(str, range(4))), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
m = map(int, ["1", "x", "3"])
print(next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
print(next(m))
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)

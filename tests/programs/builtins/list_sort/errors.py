for data in ([1, "a"], [None, None], [1j, 2j], [[1], "x"]):
    try:
        sorted(data)
        print("sorted ok", data)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
def bad(x):
    if x == 3:
        raise ValueError("bad key")
    return x
a = [1, 5, 3, 2]
try:
    a.sort(key=bad)
except ValueError as e:
    print(type(e).__name__, e, a)

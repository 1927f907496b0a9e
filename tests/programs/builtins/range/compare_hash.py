print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 10, 3) == range(0, 11, 3), range(1) == range(1, 2, 5))
print(range(3) == [0, 1, 2], range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 10, 3)) == hash(range(0, 11, 3)))
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print({range(2): "a"}[range(0, 2)])

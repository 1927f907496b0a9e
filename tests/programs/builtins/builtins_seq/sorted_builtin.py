print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}), sorted([-3, 1, -2], key=abs))
a = [3, 1]
b = sorted(a)
print(a, b, a is b)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=lambda x: x, reverse="yes")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([1, 2], reverse=0), sorted([1, 2], reverse=1))

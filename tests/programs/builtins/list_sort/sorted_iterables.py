print(sorted(x % 7 for x in range(20)))
print(sorted({"b": 2, "a": 1}.items()), sorted({"b": 2, "a": 1}.values()))
print(sorted(map(str, range(12))), sorted(map(str, range(12)), key=int))
print(sorted(reversed(range(5))), sorted(frozenset({3, 1})), sorted(b"zya"))
print(sorted(["a", "B"], key=None), sorted(iterable=[2, 1]) if False else sorted([2, 1]))
try:
    sorted(iterable=[2, 1])
except TypeError as e:
    print(type(e).__name__, e)

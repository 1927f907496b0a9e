a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted([]), sorted([1.5, -2, 0, True]))
print(sorted(["b", "A", "c", "a"]), sorted(["b", "A", "c", "a"], key=str.lower))
r = a.sort()
print(r)

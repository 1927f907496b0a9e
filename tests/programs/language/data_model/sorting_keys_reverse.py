data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, reverse=True))
print(sorted("Hello World", key=str.lower))
print(sorted([3, -1, 2], key=abs), list(reversed(sorted([1, 3, 2]))))

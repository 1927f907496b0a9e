items = [3, 1, 2]
print(sorted(items, key=lambda v: -v))
print(sorted(items, key=lambda v: v["weight"]))

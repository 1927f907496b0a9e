print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in "abc"], [w for w in "a bb ccc".split() if len(w) > 1])
x = "outer"
print([x for x in "in"], x)

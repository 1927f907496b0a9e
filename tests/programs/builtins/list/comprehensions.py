print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "abc"], [i for i, _ in enumerate("xyz")])
x = "outer"
r = [x for x in range(2)]
print(x, r)
print([f() for f in [lambda i=i: i for i in range(3)]])
print([lambda: i for i in range(3)][0]())

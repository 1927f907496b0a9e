f = lambda: "no args"
g = lambda a, b=2, *c, d, **e: (a, b, c, d, e)
print(f(), g(1, d=4), g(1, 2, 3, d=4, z=5))
print((lambda x: (lambda y: x + y))(10)(5))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sorted({"b": 2, "a": 3}.items(), key=lambda kv: kv[1]))

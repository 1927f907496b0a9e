def g():
    x = yield
    print("x", x)
    y = (yield 1) + 10
    print("y", y)
    z = yield from ()
    print("z", z)
    yield [(yield "in list")]

gen = g()
print(next(gen))
print(gen.send("first"))
print(gen.send(5))
print(gen.send("list item"))

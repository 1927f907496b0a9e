def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration:
    print("done")
g2 = gen(5)
next(g2)
try:
    g2.throw(ValueError("thrown"))
except ValueError as e:
    print(type(e).__name__, e)
g3 = gen(5)
next(g3)
g3.close()
print(list(g3))
print(list(x * 2 for x in range(3)), sum(x for x in range(5)))
try:
    gen(1).send(1)
except TypeError as e:
    print(type(e).__name__, e)

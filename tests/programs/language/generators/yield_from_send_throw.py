def inner():
    try:
        while True:
            x = yield
            print("inner got", x)
    except ValueError as e:
        print("inner handled", e)
        return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "after"

g = outer()
next(g)
g.send(1)
g.send(2)
print(g.throw(ValueError("v")))

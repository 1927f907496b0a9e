async def agen():
    try:
        x = yield 1
        print("agen got", x)
        yield 2
    except KeyError as e:
        print("agen caught", e)
        yield 3

def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(run(g.asend(None)))
print(run(g.asend("hello")))
print(run(g.athrow(KeyError("k"))))
print(run(g.aclose()))

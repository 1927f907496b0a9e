class Sleep:
    def __await__(self):
        v = yield "sleeping"
        return v

async def ag():
    try:
        x = yield 1
        print("ag got", x)
        await Sleep()
        yield 2
    finally:
        print("ag finally")

def run(aw):
    try:
        while True:
            v = aw.send(None)
            print("  awaited out:", v)
    except StopIteration as e:
        return e.value

g = ag()
print(type(g).__name__, g.__name__, g.ag_running, g.ag_await, g.ag_frame is not None)
print(g.__aiter__() is g)
an = g.__anext__()
print(type(an).__name__)
print(run(an))
print(run(g.asend("hello")))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
print(g.ag_frame)

g = ag()
print(run(g.__anext__()))
print(run(g.aclose()))
print(run(g.aclose()))

async def ag2():
    try:
        yield 1
    except ValueError as e:
        print("ag2 caught", e)
        yield "after throw"
g = ag2()
print(run(g.__anext__()))
print(run(g.athrow(ValueError("bad"))))
try:
    run(g.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError", e)

async def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ign()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

a = ag().__anext__()
run(a)
try:
    a.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
del a
print("deleted")

async def main():
    out = []
    async for v in ag():
        out.append(v)
    res = [v async for v in ag()]
    return out, res
print(run(main()))

async def raises_sai():
    yield 1
    raise StopAsyncIteration
async def m2():
    try:
        async for v in raises_sai():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
run(m2())

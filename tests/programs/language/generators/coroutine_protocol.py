class Sleep:
    def __await__(self):
        v = yield "sleeping"
        return v

async def work(n):
    got = await Sleep()
    return f"work {n} got {got}"

async def main():
    a = await work(1)
    b = await work(2)
    return a, b

c = main()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
print(c.send(None))
print(type(c.cr_await).__name__)
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
print(c.cr_frame)

w1 = work(1)
try:
    next(w1)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(w1)
except TypeError as e:
    print("TypeError:", e)
w1.close()

w = work(3)
aw = w.__await__()
print(type(aw).__name__, next(aw))
try:
    aw.send("zz")
except StopIteration as e:
    print(e.value)

async def thrower():
    try:
        await Sleep()
    except ValueError as e:
        print("coro caught", e)
        return "recovered"
t = thrower()
t.send(None)
try:
    t.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)

async def bad():
    await 1
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

async def inner():
    await Sleep()
async def double():
    i = inner()
    async def other():
        await i
    o = other()
    o.send(None)
    await i
d = double()
try:
    d.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def si():
    raise StopIteration
try:
    si().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class ACM:
    async def __aenter__(self):
        print("enter")
        await Sleep()
        return "res"
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
async def usecm():
    async with ACM() as r:
        print("body", r)
        raise KeyError
    print("after")
u = usecm()
print(u.send(None))
try:
    u.send(None)
except StopIteration:
    print("done")

class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def loop():
    out = []
    async for x in AIt():
        out.append(x)
    else:
        out.append("else")
    return out
try:
    loop().send(None)
except StopIteration as e:
    print(e.value)

async def nothing():
    pass
async def errs():
    try:
        async with 1:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in 1:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    errs().send(None)
except StopIteration:
    pass

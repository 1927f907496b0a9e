def g():
    yield 1
for started in (False, True):
    x = g()
    if started: next(x)
    try:
        x.throw(StopIteration(7))
    except BaseException as e:
        print(started, type(e).__name__, e, repr(e.__cause__))
async def c():
    return 1
co = c()
try:
    co.throw(StopIteration)
except BaseException as e:
    print(type(e).__name__, e)
def g2():
    yield 1
x = g2()
x.close()
try:
    x.throw(KeyError)
except KeyError:
    print("KeyError after close")
try:
    co.send(None)
except RuntimeError as e:
    print(e)
co.close()
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def ag(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    ge = (x * 10 async for x in ag(3))
    print(type(ge).__name__, ge.__name__)
    print([y async for y in ge])
    ge2 = (await double(x) for x in range(3))
    print(type(ge2).__name__, [v async for v in ge2])
    print({x: await double(x) async for x in ag(2)})
    print([x for x in [await double(5)]])
    return "ok"
print(run(main()))

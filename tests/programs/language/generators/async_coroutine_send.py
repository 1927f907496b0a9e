import types

class Sleep:
    def __await__(self):
        value = yield "sleeping"
        return value

async def work(n):
    got = await Sleep()
    return f"work {n} got {got}"

coro = work(1)
print(type(coro).__name__)
print(coro.send(None))
try:
    coro.send("wake")
except StopIteration as e:
    print(e.value)

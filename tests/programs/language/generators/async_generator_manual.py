class Tick:
    def __await__(self):
        yield "tick"

async def agen():
    for i in range(3):
        await Tick()
        yield i

def drive(awaitable):
    try:
        while True:
            print("suspended:", awaitable.send(None))
    except StopIteration as e:
        return e.value

g = agen()
print(type(g).__name__)
for _ in range(3):
    print("value", drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")

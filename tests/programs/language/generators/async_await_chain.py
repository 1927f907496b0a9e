class Yield:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self.v)

async def leaf(x):
    r = await Yield(x)
    return r * 2

async def branch():
    a = await leaf(1)
    b = await leaf(2)
    return a + b

def run(coro):
    value = None
    while True:
        try:
            step = coro.send(value)
            print("step", step)
            value = step * 100
        except StopIteration as e:
            return e.value

print(run(branch()))

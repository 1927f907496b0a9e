class Sleep:
    def __await__(self):
        v = yield "sleeping"
        return v
def run(aw):
    try:
        while True:
            print("  out:", aw.send(None))
    except StopIteration as e:
        return e.value
class AIt:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def main():
    it = aiter(AIt())
    print(await anext(it), await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async def agen():
        yield "a"
        await Sleep()
        yield "b"
    g = agen()
    print(await anext(g, 0), await anext(g, 0), await anext(g, "dflt"))
    print([x async for x in agen()])
    co = AIt().__anext__()
    for bad in (5, co):
        try:
            aiter(bad)
        except TypeError as e:
            print(type(e).__name__, e)
    co.close()
    try:
        anext(5)
    except TypeError as e:
        print(type(e).__name__, e)
    class BadAiter:
        def __aiter__(self): return 1
    try:
        aiter(BadAiter())
    except TypeError as e:
        print(type(e).__name__, e)
    return "end"
print(run(main()))

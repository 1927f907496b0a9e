import asyncio
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
        yield "b"
    print([x async for x in agen()])
    try:
        aiter(5)
    except TypeError as e:
        print(type(e).__name__, e)
asyncio.run(main())

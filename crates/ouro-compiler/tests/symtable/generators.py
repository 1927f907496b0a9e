def gen():
    yield 1
    yield from range(3)
async def coro():
    await something()
    async for x in y: pass
    async with z as w: pass
async def agen():
    yield 1

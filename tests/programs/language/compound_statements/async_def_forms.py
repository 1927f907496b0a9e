import asyncio
async def fetch(i):
    await asyncio.sleep(0)
    return i * 2
async def main():
    out = []
    async def agen():
        for i in range(3):
            yield await fetch(i)
    async for v in agen():
        out.append(v)
    results = await asyncio.gather(fetch(10), fetch(20))
    return out, results
print(asyncio.run(main()))

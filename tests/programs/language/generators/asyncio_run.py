import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    results = await asyncio.gather(*(square(i) for i in range(5)))
    print(results)
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([v async for v in agen()])
    return "ok"

print(asyncio.run(main()))

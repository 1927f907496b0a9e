async def f(aiter):
    total = 0
    async for x in aiter:
        total += x
    return total

async def f():
    x = await y
    return [a async for a in b]

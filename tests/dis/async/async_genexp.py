async def f(aiter):
    g = (x async for x in aiter)
    return g

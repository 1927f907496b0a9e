async def f(g):
    x = await g()
    return x

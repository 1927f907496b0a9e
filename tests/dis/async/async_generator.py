async def agen(n):
    for i in range(n):
        yield i
        await something(i)

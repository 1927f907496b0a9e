async def f(aiter):
    g = (x async for x in aiter)
    return g
# xfail: not yet identical to CPython

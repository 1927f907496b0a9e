async def f(aiter):
    return [x async for x in aiter]
# xfail: not yet identical to CPython

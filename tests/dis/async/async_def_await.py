async def f(g):
    x = await g()
    return x
# xfail: not yet identical to CPython

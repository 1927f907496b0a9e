# xfail: not yet identical to CPython
async def f():
    yield 1
    return 2

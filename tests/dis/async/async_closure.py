def outer(v):
    async def inner():
        return await v
    return inner
# xfail: not yet identical to CPython

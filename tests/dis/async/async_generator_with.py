async def agen(cm):
    async with cm as value:
        yield value
# xfail: not yet identical to CPython

async def agen(cm):
    async with cm as value:
        yield value

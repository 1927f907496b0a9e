async def f(lock):
    async with lock as held:
        return held

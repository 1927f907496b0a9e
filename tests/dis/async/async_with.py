async def f(lock):
    async with lock as held:
        return held
# xfail: not yet identical to CPython

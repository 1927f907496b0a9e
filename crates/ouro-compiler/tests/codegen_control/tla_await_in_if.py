if await a:
    await f()

def outer(v):
    async def inner():
        return await v
    return inner

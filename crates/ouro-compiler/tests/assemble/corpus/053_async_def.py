async def main():
    async with lock:
        await something()
    async for x in aiter():
        print(x)

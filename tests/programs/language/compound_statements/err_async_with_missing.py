import asyncio
class Sync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def main():
    async with Sync():
        pass
asyncio.run(main())

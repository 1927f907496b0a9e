import asyncio
async def main():
    await asyncio.sleep(0)
    results = await asyncio.gather(*[asyncio.sleep(0) for _ in range(3)])
    return results

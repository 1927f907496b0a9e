import asyncio

async def fail_later():
    await asyncio.sleep(0)
    raise TimeoutError("operation took too long")

asyncio.run(fail_later())

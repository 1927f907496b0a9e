# An exception raised deep in a task chain reaches asyncio.run's caller with the task's
# frames in the traceback.
import asyncio


async def level2():
    await asyncio.sleep(0)
    return {}["missing"]


async def level1():
    return await asyncio.create_task(level2())


asyncio.run(level1())

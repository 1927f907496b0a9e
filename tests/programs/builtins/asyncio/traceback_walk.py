# The traceback module walks a task's exception as CPython shows it: no frames of the
# accelerator's code between the caller and the coroutine.
import asyncio, traceback
async def fail():
    await asyncio.sleep(0)
    raise ValueError("walked")
try:
    asyncio.run(fail())
except ValueError:
    traceback.print_exc()
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    try:
        f.result()
    except KeyError as e:
        print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
asyncio.run(main())

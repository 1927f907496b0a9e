# asyncio entry points besides asyncio.run: Runner, a loop's run_forever/stop and
# run_until_complete, timeout_at, eager tasks, and errors of a closed loop.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_debug(), loop.is_running())
    async with asyncio.timeout_at(loop.time() + 5):
        await asyncio.sleep(0)
    t = asyncio.eager_task_factory(loop, asyncio.sleep(0, 7))
    print(await t)
    return 1


with asyncio.Runner() as r:
    print(r.run(main()))
    print(r.get_loop().is_closed())
loop = asyncio.new_event_loop()
loop.call_soon(print, "called soon")
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.run_until_complete(asyncio.sleep(0, "until complete")))
loop.close()
print(loop.is_closed())
pending = asyncio.sleep(0)
try:
    loop.run_until_complete(pending)
except RuntimeError as e:
    print(e)
pending.close()
coro = main()
try:
    asyncio.run(42)
except ValueError as e:
    print(e)
coro.close()

# asyncio cancellation and errors: cancelling a task, CancelledError inside the coroutine,
# shield, asyncio.timeout, TaskGroup's ExceptionGroup, InvalidStateError, and futures' states.
import asyncio


async def forever(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("cleanup")


async def fails(n):
    await asyncio.sleep(0)
    raise KeyError(n)


async def main():
    log = []
    t = asyncio.create_task(forever(log))
    await asyncio.sleep(0)
    print(t.cancel("stop"), t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(log, t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    inner = asyncio.create_task(asyncio.sleep(0.01, result="shielded"))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await inner)

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout expired")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(1))
            tg.create_task(fails(2))
    except* KeyError as eg:
        print("ExceptionGroup", sorted(e.args[0] for e in eg.exceptions))

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    f.set_exception(ValueError("stored"))
    print(type(f.exception()).__name__, f.done())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")
    g = loop.create_future()
    g.add_done_callback(lambda fut: print("callback sees", fut.result()))
    g.set_result(42)
    await asyncio.sleep(0)
    try:
        t2 = asyncio.create_task(fails(3))
        await t2
    except KeyError as e:
        print("awaited task raised", repr(e), t2.exception() is not None)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(e)


asyncio.run(main())

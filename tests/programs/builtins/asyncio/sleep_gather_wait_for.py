# asyncio scheduling: sleep ordering, gather (results in order, return_exceptions), wait_for
# with a timeout, wait, as_completed, create_task and current_task, call_soon/call_later.
import asyncio


async def worker(name, delay, log):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return name.upper()


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def main():
    log = []
    res = await asyncio.gather(worker("a", 0.04, log), worker("b", 0.02, log), worker("c", 0, log))
    print(res)
    print(log)
    print(await asyncio.gather(boom(1), worker("d", 0, []), return_exceptions=True))
    try:
        await asyncio.gather(boom(2), worker("e", 0, []))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.wait_for(worker("f", 0, []), timeout=1))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except TimeoutError as e:
        print("wait_for", type(e).__name__)
    t1 = asyncio.create_task(worker("g", 0.05, []), name="slow")
    t2 = asyncio.create_task(worker("h", 0, []))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending), t1.get_name())
    await t1
    order = []
    for fut in asyncio.as_completed([worker("x", 0.03, []), worker("y", 0.0, [])]):
        order.append(await fut)
    print(order)
    print(asyncio.current_task().get_name(), isinstance(asyncio.current_task(), asyncio.Task))
    loop = asyncio.get_running_loop()
    events = []
    loop.call_later(0.01, events.append, "later")
    loop.call_soon(events.append, "soon")
    fut = loop.create_future()
    loop.call_later(0.03, fut.set_result, "future done")
    print(await fut, events)
    print(await asyncio.sleep(0, result="slept"))
    return "main done"


print(asyncio.run(main()))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)

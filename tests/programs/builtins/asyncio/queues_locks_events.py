# asyncio synchronisation: a producer/consumer Queue with join, Lock, Event, Semaphore,
# Condition, and a TaskGroup.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)


async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * 10)


async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    await q.join()
    print(out, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    lock = asyncio.Lock()
    trace = []

    async def critical(name):
        async with lock:
            trace.append(f"in {name}")
            await asyncio.sleep(0)
            trace.append(f"out {name}")

    await asyncio.gather(critical(1), critical(2))
    print(trace, lock.locked())

    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "event seen"

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(t.done(), ev.is_set())
    ev.set()
    print(await t)

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(i):
        async with sem:
            active.append(i)
            peak.append(len(active))
            await asyncio.sleep(0)
            active.remove(i)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print(max(peak))

    cond = asyncio.Condition()
    got = []

    async def cwait():
        async with cond:
            await cond.wait()
            got.append("woken")

    tasks = [asyncio.create_task(cwait()) for _ in range(2)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(got)

    results = []
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(asyncio.sleep(0, result=i)).add_done_callback(
                lambda t: results.append(t.result()))
    print(sorted(results))


asyncio.run(main())

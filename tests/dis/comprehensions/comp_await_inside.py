async def f(items, fetch):
    return [await fetch(i) for i in items]

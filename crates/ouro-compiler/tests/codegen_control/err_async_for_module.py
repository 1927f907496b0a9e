async for x in y:
    f()

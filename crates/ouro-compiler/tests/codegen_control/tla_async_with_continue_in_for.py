async for x in y:
    async with a as b:
        if b:
            continue

for x in y:
    async with a:
        break

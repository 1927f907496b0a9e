async with a:
    f()

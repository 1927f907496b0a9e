async with a as b, c:
    f(b)

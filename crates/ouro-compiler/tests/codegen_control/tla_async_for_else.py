async for x in y:
    if x:
        break
    continue
else:
    g()

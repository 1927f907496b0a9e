for i in range(4):
    with ctx() as c:
        if c:
            break
        continue

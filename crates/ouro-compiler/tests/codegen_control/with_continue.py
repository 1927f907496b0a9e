while x:
    with a as b:
        if b:
            continue
        f()

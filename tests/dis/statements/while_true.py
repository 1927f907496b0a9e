def f(it):
    while True:
        x = next(it)
        if x:
            continue
        return x

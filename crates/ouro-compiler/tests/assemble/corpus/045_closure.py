def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner

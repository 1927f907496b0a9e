def outer(x):
    def inner(y=x, *, z=x + 1):
        return y + z
    return inner

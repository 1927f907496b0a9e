def f(xs, offset):
    return [x + offset for x in xs]

def f(xs, k):
    return [lambda: x + k for x in xs]

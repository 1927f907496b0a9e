def f(g, a, b):
    return g(
        a,
        b,
    )

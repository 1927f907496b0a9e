def f(g):
    return g(60 * 60 * 24, 1 << 20, "-" * 8)

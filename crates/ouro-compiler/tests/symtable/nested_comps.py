def f(m):
    return [[c for c in row] for row in m]
def g(m):
    return [(lambda: r) for r in m]
def h(m):
    x = 1
    return [lambda: x for _ in m]

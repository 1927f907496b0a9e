x = 10
def f(xs):
    x = "outer"
    ys = [x for x in xs]
    return x, ys

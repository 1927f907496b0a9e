def f(xs):
    return [x * 2 for x in xs if x]
def g(xs):
    y = 3
    return [x + y for x in xs]

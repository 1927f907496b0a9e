def f(xs):
    return [x for x in xs if x > 0 if x % 2]

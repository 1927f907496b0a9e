def f():
    return [[lambda: (x, y) for y in range(2)] for x in range(2)]
def g():
    x = 0
    r = [x for x in range(3)]
    return x, r

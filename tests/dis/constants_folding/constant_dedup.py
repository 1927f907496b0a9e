def f():
    a = 1.0
    b = 1
    c = True
    d = 0.0
    e = -0.0
    return a, b, c, d, e

def f(a, b):
    t = (a, b)
    l = [a, b, 1]
    s = {a, b}
    d = {a: 1, b: 2}
    e = {'x': a, 'y': b, 'z': 3}
    return t, l, s, d, e

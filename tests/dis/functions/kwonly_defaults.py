def f(a, *, b, c=3, d=4):
    return a + b + c + d

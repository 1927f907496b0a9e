def f(a, b):
    c = a + b
    def g():
        return a + c
    return g, b

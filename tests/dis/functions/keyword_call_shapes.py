def f(g, xs, kw):
    g(1, 2, *xs, 3)
    g(*xs, *xs)
    g(**kw, x=1)
    g(a=1, **kw, b=2)

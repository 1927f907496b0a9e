def f(g, a, b):
    g()
    g(a)
    g(a, b, key=1)
    g(*a)
    g(**b)
    g(a, *b, c=3, **b)

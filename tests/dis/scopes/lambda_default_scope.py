def f(n):
    return [(lambda: i) for i in range(n)], lambda k=n: k

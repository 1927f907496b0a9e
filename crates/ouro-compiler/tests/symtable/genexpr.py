def f(xs):
    return sum(x for x in xs)
g = (i for i in range(10) if i)
h = list(j for j in g)

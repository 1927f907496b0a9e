def f(x):
    return x == None, x != (), 1 < 2

x = 1
def f():
    x = 2
    return x
def g():
    return x

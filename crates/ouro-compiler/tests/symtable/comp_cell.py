def f():
    return [lambda: i for i in range(3)]
def g():
    i = 5
    fs = [lambda: i for i in range(3)]
    return fs, i

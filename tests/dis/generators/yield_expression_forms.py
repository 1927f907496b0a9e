def gen(x):
    a = yield
    b = (yield x) + 1
    print((yield), (yield x))
    return a, b

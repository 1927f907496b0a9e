def f():
    return (lambda: (yield))
def g():
    x = yield
    return [i for i in x]

def f():
    seq = [1]
    def g():
        return [x for x in seq]
    return g

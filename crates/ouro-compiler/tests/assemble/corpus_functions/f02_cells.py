def outer(a, b):
    c = a + 1
    def inner():
        return a + c
    return inner

def arg_cell_only(x):
    return lambda: x

def many_cells(p, q, r):
    z = 1
    y = 2
    def f():
        return p, q, r, z, y
    return f

def nested():
    v = 0
    def mid():
        w = v
        def inner():
            nonlocal w
            w += v
            return w
        return inner
    return mid

def free_and_cell():
    a = 1
    def g():
        b = a
        def h():
            return a + b
        return h
    return g

def deleter():
    x = 1
    def r():
        return x
    del x
    return r

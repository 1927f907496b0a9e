def f():
    return f.__name__, f.__doc__

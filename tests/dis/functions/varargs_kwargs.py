def f(*args, **kwargs):
    return args, kwargs
def g(a, *args, b, **kwargs):
    return a, args, b, kwargs

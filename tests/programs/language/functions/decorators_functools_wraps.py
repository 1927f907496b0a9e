import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a, b=0):
    "Add numbers."
    return a + b

print(add(1, b=2))
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
print(add.__qualname__)

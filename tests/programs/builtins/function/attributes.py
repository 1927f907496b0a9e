def f(a, b=2, *args, c, d=4, **kw):
    "docstring of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(f.__annotations__, f.__dict__, type(f.__globals__).__name__, f.__closure__)
f.__name__ = "renamed"
f.custom = 1
print(f.__name__, f.custom, f.__dict__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__defaults__ = 5
except TypeError as e:
    print(type(e).__name__, e)
f.__defaults__ = (20,)
print(f(1, c=3), f.__defaults__)

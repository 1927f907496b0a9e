def f(name):
    return f"hello {name}"

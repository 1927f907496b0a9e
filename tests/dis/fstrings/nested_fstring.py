def f(x, y):
    return f"{f'{x}' + y}"

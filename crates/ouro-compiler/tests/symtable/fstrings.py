def f(a, b, w):
    return f"{a!r:>{w}} {b=} {f'{a}'}"

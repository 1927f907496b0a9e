def f(a, b):
    return f"{a + b} {a[0]} {b.c} {a if b else 0}"

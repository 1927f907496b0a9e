def f(n):
    return f(n + 1) if n < 50 else g(n)
def g(n):
    return n / 0
f(0)

def f(a, b):
    while a and not b or a > 10:
        a -= 1
    return a

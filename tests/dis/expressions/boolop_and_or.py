def f(a, b, c):
    x = a and b or c
    y = a or b and c
    return x, y

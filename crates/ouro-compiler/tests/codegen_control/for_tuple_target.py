for a, b in y:
    f(a, b)

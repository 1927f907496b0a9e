def f(g):
    try:
        x = g()
    except ValueError:
        x = None
    else:
        x += 1
    return x

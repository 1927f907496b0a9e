def f(g):
    try:
        g()
    except ValueError:
        raise

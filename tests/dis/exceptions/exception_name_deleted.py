def f(g):
    e = 1
    try:
        g()
    except Exception as e:
        pass
    return e

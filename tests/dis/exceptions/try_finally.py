def f(g, h):
    try:
        g()
    finally:
        h()

def f(g, h):
    try:
        g()
    except* OSError:
        h()
    else:
        h(1)
    finally:
        h(2)

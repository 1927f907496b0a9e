def f(g, h):
    try:
        r = g()
    except ValueError as e:
        r = e
    except TypeError:
        r = None
    else:
        r = r * 2
    finally:
        h()
    return r

def f(a, b):
    try:
        a()
    finally:
        try:
            b()
        except Exception:
            pass

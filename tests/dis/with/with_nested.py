def f(a, b):
    with a:
        with b:
            pass

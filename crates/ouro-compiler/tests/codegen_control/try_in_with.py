with a:
    try:
        f()
    except E:
        g()

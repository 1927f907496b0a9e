if not a:
    f()

if a:
    f()

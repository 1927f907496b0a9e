while a:
    f()

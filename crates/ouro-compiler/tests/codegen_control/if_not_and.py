if not (a and b):
    f()

if a < b:
    f()

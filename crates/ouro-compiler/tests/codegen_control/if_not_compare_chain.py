if not a is b is not c:
    f()

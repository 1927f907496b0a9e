while a < b < c:
    f()

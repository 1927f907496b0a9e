def f(a, b):
    if a < b:
        return -1
    if a is None:
        return 0
    if a in b:
        return 1

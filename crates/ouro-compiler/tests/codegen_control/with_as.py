with a as b:
    f(b)

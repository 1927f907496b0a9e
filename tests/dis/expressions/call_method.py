def f(s):
    return s.strip().split(",", 1)

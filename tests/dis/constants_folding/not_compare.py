# `not` over a single is/in comparison becomes the opposite comparison (CPython: fold_unaryop).
def f(a, b):
    x = not a in b
    y = not (a is b)
    z = not not (a is not b)
    w = not a == b
    v = not (a in b in a)
    if not a in b:
        return 1
    while not (a is None):
        a = b
    return x, y, z, w, v

class C:
    x = 1
    f = lambda self: x
    g = lambda self: __class__

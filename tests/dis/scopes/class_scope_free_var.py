def f():
    x = 1
    class C:
        y = x
        x = 2
    return C

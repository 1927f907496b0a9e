def f():
    v = 1
    class C:
        w = [v for _ in range(2)]
    return C

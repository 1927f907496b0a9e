def f():
    global g
    return [g for _ in range(3)]

def outer():
    a = b = 0
    def inc():
        nonlocal a, b
        a += 1
        b += 2
    for _ in range(3):
        inc()
    return a, b
print(outer())

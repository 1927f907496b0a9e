def f():
    x = 1
    def g():
        nonlocal x
        x = 2
        def h():
            nonlocal x
            x += 10
        h()
    g()
    return x

print(f())

def loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total

print(loop())

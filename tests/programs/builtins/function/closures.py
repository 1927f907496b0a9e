def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c(), c.__closure__[0].cell_contents, c.__code__.co_freevars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
def late():
    def get(): return y
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return get()
print(late())

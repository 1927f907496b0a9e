def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(10)(100))
print(outer("x")("y")("z"))

def shared():
    x = 0
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put

get, put = shared()
put(5)
print(get())

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hi(x):
    return f"hi {x}"

print(hi("bob"))

order = []
def tag(name):
    order.append("make " + name)
    def deco(fn):
        order.append("apply " + name)
        return fn
    return deco

@tag("a")
@tag("b")
def f():
    pass

print(order)

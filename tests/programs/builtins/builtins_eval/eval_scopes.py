x = "global"
def outer():
    x = "local"
    return eval("x"), eval("x", globals()), eval("x", {"x": "explicit"})
print(outer())
def closure():
    y = "free"
    def inner():
        return eval("y")
    return inner
try:
    print(closure()())
except NameError as e:
    print(type(e).__name__, e)
print(eval("[x for _ in range(1)]"))
def h():
    z = 5
    return eval("[z for _ in range(2)]")
try:
    print(h())
except NameError as e:
    print(type(e).__name__, e)

x = 1
def f():
    if False:
        x = 2
    return x
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    print(x)
g()
def h():
    try:
        return y
    except NameError as e:
        return str(e)
print(h())

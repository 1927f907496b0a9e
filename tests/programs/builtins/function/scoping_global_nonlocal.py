x = "global"
def read(): return x
def write():
    global x
    x = "written"
def shadow():
    x = "local"
    return x
print(read(), shadow(), read())
write()
print(read())
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
unbound()
def nl():
    v = 0
    def a():
        nonlocal v
        v += 10
    a(); a()
    return v
print(nl())

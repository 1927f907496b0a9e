g = "global"
def reader():
    return g
def writer():
    global g
    g = "changed"
def shadow():
    g = "local"
    return g
print(reader(), shadow(), reader())
writer()
print(reader())
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    inner(); inner()
    return v
print(outer())

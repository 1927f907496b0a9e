x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def local():
    x = "local"
    return x
def builtin():
    return len
print(outer(), local(), builtin().__name__, x)
len = lambda o: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))

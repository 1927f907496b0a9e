x = 0
def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x
print(outer(), x)

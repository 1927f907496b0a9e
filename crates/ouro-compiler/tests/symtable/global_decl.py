x = 0
def f():
    global x
    x = 1
def g():
    global y
    def h():
        return y
    return h

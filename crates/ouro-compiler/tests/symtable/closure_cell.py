def outer():
    x = 1
    def inner():
        return x
    return inner
def deep():
    a = 1
    def m():
        def n():
            return a
        return n
    return m

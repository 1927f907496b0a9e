def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x = 2
        c()
        return x
    return b

G = 1
def outer():
    G = 2
    def inner():
        global G
        return G
    return inner, G

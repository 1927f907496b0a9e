def outer(arg):
    def get():
        return arg
    arg = arg + 1
    return get

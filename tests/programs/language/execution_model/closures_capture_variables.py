def make():
    fns = {}
    for name in ["a", "b"]:
        def f(name=name):
            return name
        fns[name] = f
    x = 1
    def late():
        return x
    x = 2
    return fns, late
fns, late = make()
print(fns["a"](), fns["b"](), late())

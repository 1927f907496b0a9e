def make():
    fns = []
    x = 0
    for i in range(3):
        def f(i=i):
            return x + i
        fns.append(f)
    x = 100
    return fns

print([f() for f in make()])

def cell_after_del():
    v = 1
    def get():
        return v
    del v
    try:
        return get()
    except NameError as e:
        return str(e)

print(cell_after_del())

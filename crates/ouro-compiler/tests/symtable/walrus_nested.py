def f(data):
    return [[(z := a) for a in row] for row in data], z
def g():
    lam = lambda: [(q := 1) for _ in ()]
    return lam

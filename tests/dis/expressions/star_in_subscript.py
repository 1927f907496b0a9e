def f(a, idx):
    return a[*idx], a[1, *idx]

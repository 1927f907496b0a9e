@a[0].b(c)
def f(): pass

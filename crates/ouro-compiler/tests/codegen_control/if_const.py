if 0:
    f()
if True:
    g()

if a:
    f()
elif b:
    g()

if a:
    if b:
        f()
    else:
        g()
h()

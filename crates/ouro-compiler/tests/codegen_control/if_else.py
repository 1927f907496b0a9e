if a:
    f()
else:
    g()

while a:
    f()
else:
    g()

if a or b:
    f()
else:
    g()

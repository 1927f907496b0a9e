if a < b < c:
    f()
else:
    g()

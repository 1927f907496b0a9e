with a as x, b as y, c:
    x(y)

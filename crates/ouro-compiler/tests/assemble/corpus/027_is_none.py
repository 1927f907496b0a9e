if x is None:
    a()
if y is not None:
    b()
if None is z:
    c()

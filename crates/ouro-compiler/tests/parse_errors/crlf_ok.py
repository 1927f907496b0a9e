if x:
    a

if x:
    a
    b

class C:
    y = [a for a in range(3)]
    z = [q for q in y]

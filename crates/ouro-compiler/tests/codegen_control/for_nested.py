for x in y:
    for z in x:
        if z:
            break
        f(z)
    else:
        continue
    g()

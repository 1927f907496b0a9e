for a in items:
    if a is None:
        break
    for b in a:
        if b:
            continue
        print(a, b)

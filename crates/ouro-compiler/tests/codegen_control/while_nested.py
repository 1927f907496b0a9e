while a:
    while b:
        break
    continue

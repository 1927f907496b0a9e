while a:
    if b:
        continue
    f()

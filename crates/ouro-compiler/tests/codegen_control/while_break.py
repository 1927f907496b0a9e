while a:
    if b:
        break
    f()

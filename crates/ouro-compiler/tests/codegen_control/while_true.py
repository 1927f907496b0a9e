while True:
    f()
    if b:
        break

with a:
    with b:
        f()

def f(cm):
    with cm:
        print(1)

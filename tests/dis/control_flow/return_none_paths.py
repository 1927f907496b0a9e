def f(x):
    if x:
        print(x)
    else:
        return

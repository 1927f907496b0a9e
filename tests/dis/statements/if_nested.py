def f(a, b):
    if a:
        if b:
            print("both")
        else:
            print("a")
    print("done")

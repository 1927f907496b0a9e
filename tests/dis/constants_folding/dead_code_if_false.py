def f():
    if 0:
        print("never")
    if False:
        return 1
    while 0:
        pass
    return 2

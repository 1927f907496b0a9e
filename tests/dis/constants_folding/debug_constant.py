def f(x):
    if __debug__:
        print(x)
    assert x

if __debug__:
    x = __debug__
def f():
    return __debug__

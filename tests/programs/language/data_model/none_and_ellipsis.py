print(None, repr(None), type(None).__name__, None is None, bool(None))
print(..., Ellipsis, type(...).__name__, ... is Ellipsis)
print(NotImplemented, type(NotImplemented).__name__)
def f():
    pass
print(f() is None)
print([None] * 3, None == 0, None == False)

class Empty:
    pass
class WithBases(Empty, object):
    pass
class WithKw(metaclass=type):
    pass
class Doc:
    "a docstring"
    x = 1
print(Empty.__bases__, [b.__name__ for b in WithBases.__bases__], type(WithKw).__name__)
print(Doc.__doc__, Empty.__doc__)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D:
    pass
print(D.decorated)

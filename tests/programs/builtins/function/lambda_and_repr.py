f = lambda x, y=2: x * y
print(f(3), f(3, 3), f.__name__, f.__qualname__, f.__defaults__)
print(repr(f).startswith("<function <lambda> at 0x"), str(f) == repr(f))
def g(): pass
print(repr(g).startswith("<function g at "), type(g).__name__)
class C:
    def m(self): pass
print(repr(C.m).startswith("<function C.m at "), repr(C().m).startswith("<bound method C.m of <__main__.C object at "))
print((lambda: (yield))().__class__.__name__)

class Outer:
    class Inner:
        def meth(self): pass
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.meth.__qualname__)
def f():
    class L: pass
    return L
print(f().__qualname__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
Outer.__qualname__ = "Q.R"
print(Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)
print(repr(Outer))

# Three-argument pow: a Python subclass of int gets its own __pow__(other, mod) called; int's
# and float's __pow__/__rpow__ take the optional mod as CPython's ternary slot wrappers do;
# assigning __bases__ refuses types that cannot be subclassed.
class I(int):
    def __repr__(self): return 'I(%s)' % int(self)
    def __pow__(self, other, mod=None):
        return I(pow(int(self), int(other))) if mod is None else I(pow(int(self), int(other), int(mod)))
    def __rpow__(self, other, mod=None):
        return I(pow(int(other), int(self), mod)) if mod is None else I(pow(int(other), int(self), int(mod)))
print(repr(pow(I(2), I(3), I(5))), repr(pow(I(2), 3, 5)), repr(pow(2, I(3), 5)), repr(pow(2, 3, I(5))))
class F(float):
    def __pow__(self, o, m=None): return "F.pow"
print(pow(F(2.0), 2), F(2.0) ** 2)
for bases in [(type(None),), (object, type(None)), (bool,), (type(None), object)]:
    try:
        class X(*bases): pass
        print("made", bases)
    except TypeError as e:
        print(e)
class O: pass
class X: pass
for b in [(type(None),), (object, type(None)), (O, type(None)), (bool,)]:
    try:
        X.__bases__ = b
        print("set", b)
    except TypeError as e:
        print(e)
class M:
    __dict__ = property(lambda self: "Not a dict!")
try:
    print(dir(M()))
except TypeError as e:
    print(e)
class K(int): pass
print(repr(pow(K(2), 3, 5)), type(pow(K(2), 3, 5)).__name__)
class G(float): pass
for args in [(G(2.0), 2, 3), (2.0, 2, 3), (2, 2.0, 3)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(e)
print((2).__pow__(3, 5), (2).__rpow__(3, 5), (2.0).__pow__(2, None), (2).__pow__(3, None))
for f in [lambda: (2.0).__pow__(2, 3), lambda: (2.0).__rpow__(2, 3), lambda: (2).__pow__(2.0, 3), lambda: (2).__pow__(2, 3, 4), lambda: (2).__pow__(2, 0), lambda: (True).__pow__(2, 3), lambda: (2).__pow__(-1, 7), lambda: (2).__pow__(-1, 4)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: (1j).__pow__(2, 3), lambda: pow(1j, 2, 3), lambda: (1j).__pow__(2, None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)

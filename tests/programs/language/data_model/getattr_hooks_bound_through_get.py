# __getattribute__ and __getattr__ found on a type are bound through their __get__ (any
# descriptor, a staticmethod, a built-in method) and then called with the name alone.
class Descriptor(object):
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter

descr = Descriptor()
class A(object):
    __getattribute__ = descr
class B(object):
    __getattr__ = descr
class C(object):
    __getattribute__ = descr
    __getattr__ = descr

for cls, want in ((A, 1), (B, 2), (C, 4)):
    try:
        getattr(cls(), "attr")
    except AttributeError as e:
        print("AttributeError", e, descr.counter == want)

class S:
    @staticmethod
    def __getattr__(name):
        return "static " + name
print(S().anything)

class D(dict):
    __getattr__ = dict.__getitem__
d = D(x=1)
print(d.x)
try:
    d.y
except KeyError as e:
    print("KeyError", e)

class G:
    __getattr__ = len
try:
    print(G().abc)
except TypeError as e:
    print("TypeError", e)
print(G().__class__.__name__)

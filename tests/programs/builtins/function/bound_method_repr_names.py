# repr of a bound method names its function by __qualname__, else __name__, when that is a
# str, and '?' otherwise.
import types
class MyCallable:
    def __call__(self, arg):
        pass
func = MyCallable()
instance = object()
method = types.MethodType(func, instance)
print(repr(method)[:27])
func.__name__ = "name"
print(repr(method)[:30])
func.__qualname__ = "qualname"
print(repr(method)[:34])
func.__qualname__ = 42
print(repr(method)[:27])
class Foo:
    @classmethod
    def method(cls): pass
print(repr(Foo.method).split(" of ")[0])

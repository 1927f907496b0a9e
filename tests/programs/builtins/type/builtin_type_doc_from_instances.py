# An instance of a built-in type finds its type's own __doc__ (not object's), which is in
# the type's __dict__ as in CPython; heap types have theirs (None when the class has none).
class A(int): pass
class B: pass
print(A().__doc__, B.__doc__, '__doc__' in A.__dict__, '__doc__' in B.__dict__)
print((42).__doc__ == int.__doc__, True.__doc__ == bool.__doc__, [].__doc__ == list.__doc__, A(1).__doc__)
print('__doc__' in int.__dict__, int.__dict__['__doc__'] == int.__doc__, '__doc__' in vars(list))
import types
print(types.SimpleNamespace().__doc__ == types.SimpleNamespace.__doc__)
print(object().__doc__ == object.__doc__, type(None).__doc__, None.__doc__)
print(sorted(set(dir(int)) - set(dir(object)))[:5])
print(repr(int.__doc__[:10]), repr((42).__doc__[:10]), repr((2**70).__doc__[:10]), repr(True.__doc__[:10]), repr((1.5).__doc__[:10]), repr("s".__doc__[:10]))
print('__doc__' in int.__dict__, 'x'.__doc__ == str.__doc__)

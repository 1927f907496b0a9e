# Docstrings of built-in functions, methods, slot wrappers and types, and the module that
# built-in module functions report as __self__ and __module__.
import math, sys, gc, time, posix, _operator, cmath, marshal, _struct, select, _sre, _imp

for f in (math.sqrt, sys.getrefcount, gc.collect, time.time, posix.getcwd, _operator.add,
          cmath.phase, marshal.dumps, _struct.pack, select.select, _sre.compile,
          _imp.is_builtin, len):
    print(f.__name__, f.__module__, f.__self__.__name__, repr(f.__doc__)[:60], f)

import pickle
print(pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt)

print(repr(int.__doc__)[:60])
print(repr(list.__doc__)[:60])
print(repr(len.__doc__))
print(repr(list.append.__doc__))
print(repr([].append.__doc__))
print(repr(object.__init__.__doc__))
print(repr(math.sqrt.__doc__))
print(repr(type(iter([])).__doc__))
print(repr(dict.fromkeys.__doc__))

def g():
    yield 1

i = g()
print(i.__next__.__doc__)
print(iter([]).__next__.__doc__)
print(type(i).__next__.__doc__)
print(type(i).__iter__.__doc__)
print(object.__init__.__doc__)
print(int.__add__.__doc__)
print((1).__add__.__doc__)
print(i.send.__doc__)
print(str.join.__doc__)
print(dict.__dict__['fromkeys'].__doc__)


class C:
    "mine"


print(C.__doc__, C().__doc__)


class D:
    pass


print(D.__doc__)

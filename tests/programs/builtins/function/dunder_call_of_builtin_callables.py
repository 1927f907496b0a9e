# The callable built-in types expose __call__ as a slot wrapper (CPython: tp_call), so
# hasattr(x, '__call__') holds for functions, built-ins, bound methods and descriptors.
import types


def f(a, b=2):
    return a + b


class C:
    def m(self, x):
        return x * 2


objs = [len, [].append, C().m, f, dict.get, object.__init__, (1).__add__, dict.fromkeys,
        int.__dict__['from_bytes']]
for o in objs:
    t = type(o)
    w = t.__dict__.get('__call__')
    print(t.__name__, '__call__' in t.__dict__, hasattr(o, '__call__'), type(w).__name__)

print(f.__call__(1), f.__call__(1, b=5))
print(len.__call__([1, 2, 3]))
print(C().m.__call__(21))
print(dict.get.__call__({'k': 1}, 'k'))
print(types.FunctionType.__call__(f, 10))
print(type(len.__call__).__name__, repr(len.__call__).split(' at ')[0])
print(types.FunctionType.__call__.__name__, types.FunctionType.__call__.__qualname__)
print(types.BuiltinFunctionType.__call__.__doc__)
print('__call__' in dir(f), '__call__' in dir(len))

try:
    types.FunctionType.__call__(len, 1)
except TypeError as e:
    print('TypeError:', e)

try:
    types.BuiltinFunctionType.__call__()
except TypeError as e:
    print('TypeError:', e)

# Slot wrappers and method descriptors called without self word it differently.
for d in (object.__init__, int.__add__, list.append, str.__len__, object.__repr__):
    try:
        d()
    except TypeError as e:
        print('TypeError:', e)

# The error a bad call raises comes from the callable itself.
f.__call__()

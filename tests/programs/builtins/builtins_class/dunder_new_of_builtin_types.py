# A built-in type's __new__ is a builtin_function_or_method bound to the type (CPython:
# tp_new_wrapper), with the checks of a direct call; inspect.signature of a class relies on it.
import inspect, pickle, copy
class D: pass
class E(Exception): pass
for n in (object.__new__, int.__new__, dict.__new__, Exception.__new__, type.__new__):
    print(type(n).__name__, n.__name__, n.__qualname__, n.__self__.__name__, n.__module__,
          repr(n).split(' at ')[0], n.__text_signature__, n.__reduce__()[1][1])
print(object.__new__ is object.__new__, object.__dict__['__new__'] is object.__new__)
print(D.__new__ is object.__new__, E.__new__ is Exception.__new__)
print(inspect.signature(D), inspect.signature(object))
for bad in (lambda: object.__new__(), lambda: object.__new__(1), lambda: int.__new__(str),
            lambda: int.__new__(bool), lambda: dict.__new__(int), lambda: Exception.__new__(D)):
    try: bad()
    except TypeError as e: print("TypeError:", e)
print(int.__new__(int, 5), Exception.__new__(E).__class__.__name__)
print(pickle.loads(pickle.dumps(object.__new__)) is object.__new__)
print(copy.copy(D()).__class__.__name__)
print(callable(object.__new__), hasattr(object.__new__, '__call__'))
for obj in (int, type, len):
    try: print(inspect.signature(obj))
    except ValueError as e: print('ValueError:', e)

class M(type):
    def __call__(cls, x):
        return 1
class F(metaclass=M):
    pass
class G:
    def __new__(cls, q):
        return object.__new__(cls)
class H:
    def __init__(self, a, b=2):
        pass
print(inspect.signature(F), inspect.signature(G), inspect.signature(H))
print(inspect.signature(object.__new__))
int.__new__(bool, 1)

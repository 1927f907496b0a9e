import builtins
bc = builtins.__build_class__
def body():
    x = 1
C = bc(body, "C")
print(C.__name__, C.__qualname__, hasattr(C, "x"), C.__bases__, type(C()).__name__)
D = bc(lambda: None, "D", C)
print(D.__name__, D.__bases__ == (C,), issubclass(D, C))
class M(type):
    pass
E = bc(lambda: None, "E", metaclass=M)
print(type(E).__name__, E.__name__)
try:
    bc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    bc(5, "X")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bc(body, 5)
except TypeError as e:
    print(type(e).__name__, e)
log = []
orig = builtins.__build_class__
def tracing(func, name, *bases, **kw):
    log.append(name)
    return orig(func, name, *bases, **kw)
builtins.__build_class__ = tracing
class Traced: pass
class Traced2(Traced): pass
builtins.__build_class__ = orig
print(log)

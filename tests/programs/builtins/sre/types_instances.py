# The _sre types: names, modules, no direct instances, no subclasses, no new attributes.
from srecodes import compile as C
p = C('a')
m = p.match('a')
for t in (type(p), type(m), type(p.scanner('a'))):
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
    try:
        class X(t): pass
    except Exception as e:
        print(type(e).__name__, e)
try:
    p.foo = 1
except Exception as e:
    print(type(e).__name__, e)
print(p.match.__name__, p.match.__qualname__, type(p).__qualname__)
print(dir(p)[-5:])
print(type(p), type(m), type(p.scanner('')), type(p).__module__, type(p.scanner('')).__name__)
print(type(p).__qualname__, type(m).__name__, isinstance(p, type(C('b'))))

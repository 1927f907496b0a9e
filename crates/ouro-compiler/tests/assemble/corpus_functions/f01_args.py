def plain(a, b):
    return a + b

def defaults(a, b=1, *args, c, d=2, **kw):
    return (a, b, args, c, d, kw)

def posonly(a, b, /, c, *, d):
    x = a * b
    y = c - d
    return x, y

def noargs():
    pass

def varargs(*args):
    return len(args)

def kwargs(**kw):
    return kw.get("x")

f = lambda x, *, y=3: x * y
g = lambda: None

c = compile("a = 1\nb = a + 2\n", "<code>", "exec")
print(c.co_name, c.co_filename, c.co_firstlineno, c.co_argcount, c.co_names, c.co_consts, c.co_varnames)
def f(x, y=1, *args, z, **kw):
    w = x
    return w
fc = f.__code__
print(fc.co_name, fc.co_argcount, fc.co_posonlyargcount, fc.co_kwonlyargcount, fc.co_varnames, fc.co_nlocals, fc.co_qualname)
print(fc.co_flags & 0x04 != 0, fc.co_flags & 0x08 != 0)
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__)
print(sorted(f.__code__.co_names))

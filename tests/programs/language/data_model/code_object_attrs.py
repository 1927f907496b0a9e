def f(a, b=1, *args, c, **kw):
    x = a + b
    def g():
        return x
    return g

co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_cellvars, co.co_freevars)
print(f(1, c=2).__code__.co_freevars, co.co_filename.endswith("code_object_attrs.py"))
print(co.co_firstlineno, co.co_qualname, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))

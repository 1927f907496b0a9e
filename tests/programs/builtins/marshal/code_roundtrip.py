import marshal
src = """
def outer(a, *args, k=3, **kw):
    def inner(x):
        return x + a
    return inner(k) + len(args) + len(kw)
result = outer(1, 2, 3, z=1)
"""
code = compile(src, "<mod>", "exec")
data = marshal.dumps(code)
back = marshal.loads(data)
ns = {}
exec(back, ns)
print(ns["result"], back == code, back.co_filename, back.co_names)
print([type(c).__name__ for c in back.co_consts])
lam = lambda y: y * 2
c2 = marshal.loads(marshal.dumps(lam.__code__))
print(c2.co_name, c2.co_argcount, eval(c2, {}) if False else c2.co_varnames)

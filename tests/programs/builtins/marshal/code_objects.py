import marshal
def f(a, b=2):
    return a + b
data = marshal.dumps(f.__code__)
code = marshal.loads(data)
print(type(code).__name__, code.co_name, code.co_varnames, code.co_argcount, code == f.__code__)
ns = {}
exec(marshal.loads(marshal.dumps(compile("x = 6 * 7", "<m>", "exec"))), ns)
print(ns["x"])
c = compile("def g(): return 'g'", "<m>", "exec")
c2 = marshal.loads(marshal.dumps(c))
print(c2.co_consts[0].co_name if hasattr(c2.co_consts[0], "co_name") else c2.co_consts, c2 == c)
print(data[:1].hex(), len(data) > 50)

ns = {}
r = exec("x = 1\ny = x + 1\ndef f(): return y * 10", ns)
print(r, ns["x"], ns["y"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("z = 5", {}, loc)
print(loc)
exec("print('printed from exec')")
code = compile("a = 10", "<s>", "exec")
g = {}
exec(code, g)
print(g["a"])
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec("def (")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)
try:
    exec("x = 1", [])
except TypeError as e:
    print(type(e).__name__, e)

def f():
    exec("z = 5")
    return "z" in locals(), locals().get("z")
print(f())
ns = {"a": 1}
exec("b = a + 1", ns)
print(ns["b"], sorted(k for k in ns if k != "__builtins__"))
g = {}
l = {}
exec("x = 1\ndef f(): return x", g, l)
print(sorted(l))
try:
    l["f"]()
except NameError as e:
    print(e)

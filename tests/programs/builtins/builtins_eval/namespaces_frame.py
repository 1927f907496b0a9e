# globals(), locals(), vars() and dir() without arguments read the caller's frame; exec and
# eval default to the caller's namespaces.
g = 1

def f(a, b=2):
    c = a + b
    def inner():
        return c
    loc = locals()
    print(sorted(loc) if False else list(loc), "g" in globals())
    print(eval("a * 10 + c"), vars() is not None)
    exec("print('exec sees', a, b, c)")
    return inner

f(1)
ns = {}
exec("x = 3\ny = x * 2", ns)
print(ns["y"], "__builtins__" in ns)
print(eval("x + y", ns), eval("z", {"z": 9}), eval("q", {}, {"q": 4}))
try:
    exec("1", [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    u = 1
    print(list(locals()))
print(__import__("sys").__name__)

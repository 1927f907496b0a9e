x_global = 1
print("x_global" in globals(), globals()["__name__"], type(globals()).__name__)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
def g():
    v = 1
    loc = locals()
    v = 2
    return loc["v"], locals()["v"]
print(g())
globals()["injected"] = "yes"
print(injected)
print(locals() is globals())
class C:
    y = 1
    names = sorted(locals())
print(C.names)

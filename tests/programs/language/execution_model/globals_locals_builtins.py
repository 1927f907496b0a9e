import builtins
a = 1
def f():
    b = 2
    return sorted(locals())
print(f(), "a" in globals(), globals()["a"])
print(builtins.len is len, type(__builtins__).__name__)
print(__name__, __doc__, __spec__ is None)
builtins.custom_global = "from builtins"
print(custom_global)

def f():
    print = lambda *a: None
    print("hidden")
    return "done"
print(f())
list = [1, 2]
print(list)
del list
print(list("ab"))
import builtins
orig = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-1))
builtins.abs = orig
print(abs(-1))

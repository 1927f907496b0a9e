g = {"__builtins__": {"len": lambda x: 42}}
print(eval("len([1, 2])", g))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
import builtins
print(eval("abs(-3)", {"__builtins__": builtins}))
print(eval("__builtins__ is not None"))
print(type(builtins).__name__, builtins.__name__, hasattr(builtins, "len"), hasattr(builtins, "__build_class__"))

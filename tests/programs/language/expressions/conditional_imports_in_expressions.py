mod = __import__("math")
print(mod.floor(2.7), __import__("os.path").path.join("a", "b"))
import importlib
print(importlib.import_module("json").dumps([1]))

m = __import__("math")
print(m.__name__, m.sqrt(16))
p = __import__("os.path")
print(p.__name__)
j = __import__("json.decoder", fromlist=["JSONDecoder"])
print(j.__name__, hasattr(j, "JSONDecoder"))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("os", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
import importlib
print(importlib.import_module("collections").__name__)

import importlib
import importlib.util
m = importlib.import_module("pkgs.alpha.beta")
print(m.value())
r = importlib.import_module(".gamma", package="pkgs.alpha")
print(r.describe())
print(importlib.util.find_spec("pkgs.alpha") is not None, importlib.util.find_spec("pkgs.nothing_here"))

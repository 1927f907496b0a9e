import gc as math
import pkgs.counter as counter
import pkgs.alpha as alpha

print(math.__spec__.name, math.__spec__.origin, math.__loader__.__name__, math.__spec__.parent == "")
print(counter.__spec__.name, counter.__spec__.parent, counter.__spec__.has_location)
print(counter.__spec__.origin == counter.__file__, counter.__loader__.name, counter.__loader__.path == counter.__file__)
print(counter.__cached__ == counter.__spec__.cached, counter.__spec__.submodule_search_locations)
print(alpha.__spec__.parent, alpha.__package__, alpha.__spec__.submodule_search_locations == alpha.__path__)
print(counter.__loader__.is_package("pkgs.counter"), alpha.__loader__.is_package("pkgs.alpha"))
print(counter.__loader__.get_filename() == counter.__file__)
print(type(counter.__loader__.get_source("pkgs.counter")).__name__)

import importlib.machinery, importlib.util
print(isinstance(counter.__spec__, importlib.machinery.ModuleSpec))
print(type(counter.__loader__) is importlib.machinery.SourceFileLoader)
print(importlib.util.find_spec("pkgs.counter") is counter.__spec__)
print(math.__loader__ is importlib.machinery.BuiltinImporter)
import pkgs.alpha.beta as beta
print(type(beta.__spec__) is importlib.machinery.ModuleSpec, beta.__spec__.parent)

import sys
import importlib.abc
import importlib.util
class VirtualFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name == "virtual_mod":
            return importlib.util.spec_from_loader(name, self)
        return None
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.MESSAGE = "created by a meta path finder"
sys.meta_path.insert(0, VirtualFinder())
import virtual_mod
print(virtual_mod.MESSAGE, virtual_mod.__name__)

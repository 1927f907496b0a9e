import sys

calls = []

class Recorder:
    """A finder that finds nothing and records what it was asked."""
    def __init__(self, tag):
        self.tag = tag
    def find_spec(self, name, path, target=None):
        calls.append((self.tag, name, path is None))
        return None

class NoFindSpec:
    pass

first = Recorder("first")
last = Recorder("last")
sys.meta_path.insert(0, first)
sys.meta_path.insert(0, NoFindSpec())
sys.meta_path.append(last)

import pkgs.counter
print([c for c in calls if c[1].startswith("pkgs")])
calls.clear()
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(calls)
sys.meta_path.remove(first)
sys.meta_path.remove(last)

class Loader:
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.value = 42
        module.spec_name = module.__spec__.name

class SubFinder:
    def find_spec(self, name, path, target=None):
        if name == "pkgs.virtual_child":
            import importlib.util
            return importlib.util.spec_from_loader(name, Loader())
        return None

sys.meta_path.insert(0, SubFinder())
import pkgs.virtual_child
print(pkgs.virtual_child.value, pkgs.virtual_child.spec_name, pkgs.virtual_child.__loader__.__class__.__name__)
from pkgs import virtual_child
print(virtual_child is sys.modules["pkgs.virtual_child"])

class Failing:
    def find_spec(self, name, path, target=None):
        if name == "boom":
            raise ImportError("finder refused boom")
        return None

sys.meta_path.insert(0, Failing())
try:
    import boom
except ImportError as e:
    print("ImportError", e)

import sys
import importlib.abc
import importlib.util

seen = []

class DictLoader(importlib.abc.Loader):
    def __init__(self, source):
        self.source = source
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        exec(self.source, module.__dict__)

class DictFinder(importlib.abc.PathEntryFinder):
    """Finds modules in a dict of sources for the fake path entry 'dict://'."""
    sources = {"from_hook": "VALUE = 'loaded through a path hook'\n"}
    def find_spec(self, fullname, target=None):
        seen.append(fullname)
        if fullname in self.sources:
            return importlib.util.spec_from_loader(fullname, DictLoader(self.sources[fullname]))
        return None

def hook(entry):
    if entry == "dict://":
        return DictFinder()
    raise ImportError("not a dict entry")

sys.path_hooks.insert(0, hook)
sys.path.insert(0, "dict://")
sys.path_importer_cache.clear()

import from_hook
print(from_hook.VALUE, from_hook.__name__, type(from_hook.__loader__).__name__)
import pkgs.counter
print(pkgs.counter.__name__, "pkgs" in seen, "from_hook" in seen)
try:
    import missing_everywhere
except ModuleNotFoundError as e:
    print(e)
import json
print(json.dumps([1]))
sys.meta_path.clear()
try:
    import not_loaded_yet_module
except ModuleNotFoundError as e:
    print(e)
import json
print("cached modules still import")

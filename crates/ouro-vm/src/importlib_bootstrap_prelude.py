# The module specs and loaders of modules that ouro's native import loads before the
# pure-Python importlib is in use (CPython has importlib._bootstrap frozen; ouro loads it only
# on demand). Once importlib is imported, `_upgrade` replaces these with importlib's own.

import sys

# importlib's own classes, once importlib is installed (see `_upgrade`).
_bootstrap = None
_external = None


class ModuleSpec:
    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        parts = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            parts.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            parts.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(parts)})'

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    __module__ = '_frozen_importlib'

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        if path is None and fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
        return None

    @staticmethod
    def create_module(spec):
        import _imp
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None


class FrozenImporter:
    # ouro freezes the modules CPython freezes by compiling their source from the standard
    # library under the name `<frozen NAME>` (see import.rs); it finds them itself.
    __module__ = '_frozen_importlib'

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        exec(FrozenImporter.get_code(module.__name__), module.__dict__)

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_code(cls, fullname):
        module = sys.modules.get(fullname)
        spec = getattr(module, '__spec__', None)
        state = getattr(spec, 'loader_state', None)
        filename = getattr(state, 'filename', None)
        if filename is None:
            raise ImportError(f'No such frozen object named {fullname!r}', name=fullname)
        with open(filename, 'rb') as f:
            return compile(f.read(), f'<frozen {fullname}>', 'exec', dont_inherit=True)

    @classmethod
    def get_source(cls, fullname):
        return None


class SourceFileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        import io
        return io.TextIOWrapper(io.BytesIO(self.get_data(self.path))).read()

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__' and fullname.rpartition('.')[2] != '__init__'

    def create_module(self, spec):
        return None

    def get_code(self, fullname):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        exec(self.get_code(module.__name__), module.__dict__)


def _cache_path(path):
    head, _, tail = path.rpartition('/')
    base = tail.rpartition('.')[0] or tail
    tag = sys.implementation.cache_tag
    if sys.flags.optimize:
        tag = f'{tag}.opt-{sys.flags.optimize}'
    return f'{head}/__pycache__/{base}.{tag}.pyc' if head else f'__pycache__/{base}.{tag}.pyc'


def _file_spec(name, path, pkg_dir):
    """The spec and loader of a module that ouro loads from the source file `path`."""
    if _external is not None:
        loader = _external.SourceFileLoader(name, path)
        spec = _bootstrap.ModuleSpec(name, loader, origin=path, is_package=pkg_dir is not None)
    else:
        loader = SourceFileLoader(name, path)
        spec = ModuleSpec(name, loader, origin=path, is_package=pkg_dir is not None)
        spec.cached = _cache_path(path)
    spec.has_location = True
    if pkg_dir is not None:
        spec.submodule_search_locations = [pkg_dir]
    return spec, loader


def _frozen_spec(name, path):
    """The spec and loader of a standard library module that CPython freezes."""
    # types.SimpleNamespace, without importing types.
    state = type(sys.implementation)(filename=path, origname=name)
    if _bootstrap is not None:
        loader = _bootstrap.FrozenImporter
        spec = _bootstrap.ModuleSpec(name, loader, origin='frozen', loader_state=state)
    else:
        loader = FrozenImporter
        spec = ModuleSpec(name, loader, origin='frozen', loader_state=state)
    return spec, loader


def _builtin_spec(name):
    if _bootstrap is not None:
        return _bootstrap.ModuleSpec(name, _bootstrap.BuiltinImporter, origin='built-in')
    return ModuleSpec(name, BuiltinImporter, origin='built-in')


def _upgrade(bootstrap, external):
    """Gives the modules loaded so far importlib's own specs and loaders."""
    global _bootstrap, _external
    _bootstrap = bootstrap
    _external = external
    for name, module in list(sys.modules.items()):
        spec = getattr(module, '__spec__', None)
        if type(spec) is not ModuleSpec:
            continue
        if type(spec.loader) is SourceFileLoader:
            loader = external.SourceFileLoader(name, spec.origin)
            new = bootstrap.ModuleSpec(name, loader, origin=spec.origin,
                                       is_package=spec.submodule_search_locations is not None)
            new.has_location = True
            if spec.submodule_search_locations is not None:
                new.submodule_search_locations = spec.submodule_search_locations
        elif spec.loader is FrozenImporter:
            loader = bootstrap.FrozenImporter
            new = bootstrap.ModuleSpec(name, loader, origin='frozen',
                                       loader_state=spec.loader_state)
        elif spec.loader is BuiltinImporter:
            loader = bootstrap.BuiltinImporter
            new = bootstrap.ModuleSpec(name, loader, origin='built-in')
        else:
            continue
        try:
            module.__spec__ = new
            if getattr(module, '__loader__', None) is spec.loader:
                module.__loader__ = loader
        except AttributeError:
            pass

# The Python part of ouro's built-in `posix` module (run once when the module is made): the
# struct sequences `stat_result` and `terminal_size`, `scandir` with its `DirEntry` objects and
# the wait-status helpers. CPython: Modules/posixmodule.c, Objects/structseq.c.


def _structseq(name, fields, visible, extra_defaults=None):
    # A sequence whose first `visible` fields are its items; the others are attributes only.
    qualname = "os." + name

    def __init__(self, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < visible:
            raise TypeError(f"{qualname} must be a sequence of at least {visible} items")
        self._t = seq[:visible]
        self._all = seq

    def __repr__(self):
        parts = []
        for i in range(visible):
            parts.append(fields[i] + "=" + repr(self._t[i]))
        return qualname + "(" + ", ".join(parts) + ")"

    def _other(o):
        return o._t if type(o) is cls else o

    ns = {
        "__init__": __init__, "__repr__": __repr__, "n_fields": len(fields),
        "n_sequence_fields": visible, "n_unnamed_fields": 0, "__module__": "os",
        "__getitem__": lambda self, i: self._t[i],
        "__len__": lambda self: visible,
        "__iter__": lambda self: iter(self._t),
        "__hash__": lambda self: hash(self._t),
        "__eq__": lambda self, o: self._t == _other(o),
        "__ne__": lambda self, o: self._t != _other(o),
        "__reduce__": lambda self: (cls, (self._t,)),
    }
    for i in range(len(fields)):
        ns[fields[i]] = property(lambda self, i=i: self._all[i] if i < len(self._all) else None)
    cls = type(name, (), ns)
    cls.__qualname__ = name
    return cls


stat_result = _structseq(
    "stat_result",
    ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
     "_st_atime_int", "_st_mtime_int", "_st_ctime_int",
     "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
     "st_blksize", "st_blocks", "st_rdev"),
    10)
# The repr names the integer times as CPython's does.
stat_result.__repr__ = lambda self: "os.stat_result(" + ", ".join(
    n + "=" + repr(v) for n, v in zip(
        ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
         "st_atime", "st_mtime", "st_ctime"), self._t)) + ")"

terminal_size = _structseq("terminal_size", ("columns", "lines"), 2)
del _structseq


class DirEntry:
    __module__ = "posix"

    def __init__(self, directory, name, kind, ino):
        self.name = name
        if isinstance(name, bytes):
            sep = b"/"
        else:
            sep = "/"
        if directory.endswith(sep):
            self.path = directory + name
        else:
            self.path = directory + sep + name
        self._kind = kind
        self._ino = ino
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    def __fspath__(self):
        return self.path

    def inode(self):
        return self._ino

    def is_symlink(self):
        return self._kind == "l"

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == "l" and follow_symlinks:
            try:
                return (self.stat().st_mode & 0o170000) == 0o040000
            except OSError:
                return False
        return self._kind == "d"

    def is_file(self, *, follow_symlinks=True):
        if self._kind == "l" and follow_symlinks:
            try:
                return (self.stat().st_mode & 0o170000) == 0o100000
            except OSError:
                return False
        return self._kind == "f"

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __class_getitem__(cls, item):
        return cls


class _ScandirIterator:
    __module__ = "posix"

    def __init__(self, path):
        self._path = path
        self._items = iter(_scandir_list(path))

    def __iter__(self):
        return self

    def __next__(self):
        name, kind, ino = next(self._items)
        directory = "." if self._path is None else fspath(self._path)
        if isinstance(name, bytes) and isinstance(directory, str):
            directory = directory.encode()
        return DirEntry(directory, name, kind, ino)

    def close(self):
        self._items = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    return _ScandirIterator(path)


def WIFEXITED(status):
    return (status & 0x7f) == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return (status & 0x7f) != 0 and (status & 0x7f) != 0x7f


def WTERMSIG(status):
    return status & 0x7f


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError(f"invalid wait status: {status!r}")

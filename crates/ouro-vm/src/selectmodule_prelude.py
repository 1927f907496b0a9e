# The Python part of ouro's built-in `select` module (run once when the module is made): the
# argument conversions of select(), and the poll and epoll objects over the descriptor-level
# calls `_select`, `_poll`, `_epoll_create`, `_epoll_ctl`, `_epoll_wait`, `_close`.
# CPython: Modules/selectmodule.c.


def _as_fd(obj):
    # CPython: Objects/fileobject.c PyObject_AsFileDescriptor.
    if isinstance(obj, int):
        fd = int(obj)
    else:
        meth = getattr(type(obj), "fileno", None)
        if meth is None:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = meth(obj)
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
        fd = int(fd)
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


def _seconds_to(timeout, unit, message):
    # A timeout in seconds (int or float) as a whole number of `unit`s (1e6: microseconds,
    # 1e3: milliseconds), rounded up as CPython's _PyTime_ROUND_TIMEOUT does.
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
        import math
        return math.ceil(timeout * unit)
    try:
        n = timeout.__index__()
    except AttributeError:
        raise TypeError(message) from None
    return n * unit


def select(rlist, wlist, xlist, timeout=None, /):
    if timeout is None:
        us = -1
    else:
        us = _seconds_to(timeout, 1000000, "timeout must be a float or None")
        if us < 0:
            raise ValueError("timeout must be non-negative")
    lists = []
    for seq in (rlist, wlist, xlist):
        if not isinstance(seq, (list, tuple)):
            try:
                seq = list(seq)
            except TypeError:
                raise TypeError("arguments 1-3 must be sequences") from None
        lists.append(seq)
    fds = []
    for seq in lists:
        one = []
        for obj in seq:
            fd = _as_fd(obj)
            if fd >= 1024:
                raise ValueError("filedescriptor out of range in select()")
            one.append(fd)
        fds.append(one)
    r, w, x = _select(fds[0], fds[1], fds[2], us)
    return ([lists[0][i] for i in r], [lists[1][i] for i in w], [lists[2][i] for i in x])


def _unsigned_short(mask):
    mask = mask.__index__()
    if mask < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if mask > 65535:
        raise OverflowError("Python int too large for C unsigned short")
    return mask


class _PollObject:
    __slots__ = ("_fds",)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'select.poll' instances")

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        fd = _as_fd(fd)
        self._fds[fd] = _unsigned_short(eventmask)

    def modify(self, fd, eventmask, /):
        fd = _as_fd(fd)
        mask = _unsigned_short(eventmask)
        if fd not in self._fds:
            raise FileNotFoundError(2, "No such file or directory")
        self._fds[fd] = mask

    def unregister(self, fd, /):
        fd = _as_fd(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        if timeout is None:
            ms = -1
        elif isinstance(timeout, float):
            if timeout != timeout:
                raise ValueError("Invalid value NaN (not a number)")
            import math
            ms = math.ceil(timeout)
        else:
            try:
                ms = timeout.__index__()
            except AttributeError:
                raise TypeError("timeout must be an integer or None") from None
        if ms < 0:
            ms = -1
        elif ms > 2147483647:
            raise OverflowError("Timeout value too large")
        fds = list(self._fds)
        return _poll(fds, [self._fds[fd] for fd in fds], ms)


_PollObject.__name__ = _PollObject.__qualname__ = "poll"


def poll():
    p = object.__new__(_PollObject)
    p._fds = {}
    return p


class epoll:
    __slots__ = ("_epfd", "__weakref__")

    def __new__(cls, sizehint=-1, flags=0):
        sizehint = sizehint.__index__()
        if sizehint == -1:
            pass
        elif sizehint <= 0:
            raise ValueError("negative sizehint")
        self = object.__new__(cls)
        self._epfd = -1
        self._epfd = _epoll_create()
        return self

    def __init__(self, sizehint=-1, flags=0):
        pass

    def _check(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")

    @property
    def closed(self):
        return self._epfd < 0

    def close(self):
        fd = self._epfd
        if fd >= 0:
            self._epfd = -1
            _close(fd)

    def fileno(self):
        self._check()
        return self._epfd

    @classmethod
    def fromfd(cls, fd, /):
        self = object.__new__(cls)
        self._epfd = fd.__index__()
        return self

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        _epoll_ctl(self._epfd, 1, _as_fd(fd), eventmask.__index__() & 0xFFFFFFFF)

    def modify(self, fd, eventmask):
        self._check()
        _epoll_ctl(self._epfd, 3, _as_fd(fd), eventmask.__index__() & 0xFFFFFFFF)

    def unregister(self, fd):
        self._check()
        _epoll_ctl(self._epfd, 2, _as_fd(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is None:
            ms = -1
        else:
            ms = _seconds_to(timeout, 1000, "timeout must be an integer or None")
            if ms < 0:
                ms = -1
        maxevents = maxevents.__index__()
        if maxevents == -1:
            maxevents = 1023
        elif maxevents < 1:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        return _epoll_wait(self._epfd, maxevents, ms)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

# The `faulthandler` module (CPython: Modules/faulthandler.c), in Python over `sys._getframe`
# and `posix.write`: dump_traceback writes what CPython writes, to the file's descriptor.
# ouro reports its own failures (a panic becomes "ouro: internal error"), so enable() and
# register() record their settings and install no signal handlers, and
# dump_traceback_later() has no watchdog thread.
import sys as _sys
import posix as _posix

_enabled = False
_registered = {}
_NSIG = 65
_FATAL = (4, 6, 7, 8, 11)  # SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV
_MAX_FRAME_DEPTH = 100


def _file_fd(file):
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    if fd < 0:
        raise ValueError("file is not a valid file descriptor")
    try:
        file.flush()
    except Exception:
        pass
    return fd


def enable(file=None, all_threads=True):
    global _enabled
    _file_fd(file)
    _enabled = True


def disable():
    global _enabled
    was, _enabled = _enabled, False
    return was


def is_enabled():
    return _enabled


def _dump(fd, frame, all_threads):
    if all_threads:
        import _thread
        out = ["Current thread 0x%016x (most recent call first):\n" % _thread.get_ident()]
    else:
        out = ["Stack (most recent call first):\n"]
    depth = 0
    while frame is not None:
        if depth >= _MAX_FRAME_DEPTH:
            out.append("  ...\n")
            break
        code = frame.f_code
        out.append('  File "%s", line %d in %s\n' % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
        depth += 1
    _posix.write(fd, "".join(out).encode("utf-8", "backslashreplace"))


def dump_traceback(file=None, all_threads=True):
    fd = _file_fd(file)
    _dump(fd, _sys._getframe(1), all_threads)


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    _file_fd(file)


def cancel_dump_traceback_later():
    pass


def _check_signum(signum):
    if signum < 1 or signum >= _NSIG:
        raise ValueError("signal number out of range")


def register(signum, file=None, all_threads=True, chain=False):
    _check_signum(signum)
    if signum in _FATAL:
        raise RuntimeError("signal %i cannot be registered, use enable() instead" % signum)
    _registered[signum] = (_file_fd(file), all_threads, chain)


def unregister(signum):
    _check_signum(signum)
    return _registered.pop(signum, None) is not None

import posix, errno
print(posix.getpid() > 0, posix.getppid() > 0, type(posix.getcwd()).__name__, type(posix.getcwdb()).__name__)
print(posix.strerror(errno.ENOENT), posix.strerror(errno.EACCES), posix.strerror(errno.EPIPE))
print(len(posix.urandom(16)), type(posix.urandom(0)).__name__)
print(type(posix.environ).__name__, all(isinstance(k, bytes) for k in posix.environ))
print(posix.fspath("a"), posix.fspath(b"b"))
class P:
    def __fspath__(self):
        return "from fspath"
print(posix.fspath(P()))
for bad in (1, None, object()):
    try:
        posix.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Bad:
    def __fspath__(self):
        return 1
try:
    posix.fspath(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(posix.access(".", posix.F_OK), posix.access("_no_such_", posix.F_OK), posix.access(".", posix.R_OK | posix.W_OK))
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND)
print(posix.SEEK_DATA, posix.SEEK_HOLE, posix.error is OSError)
print(posix.WIFEXITED(0), posix.WEXITSTATUS(256), posix.WIFSIGNALED(9), posix.WTERMSIG(9), posix.waitstatus_to_exitcode(512))
print(posix.isatty(0))
cwd = posix.getcwd()
posix.chdir("..")
print(posix.getcwd() != cwd)
posix.chdir(cwd)
print(posix.getcwd() == cwd)
try:
    posix.chdir("_no_such_dir_")
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(posix.device_encoding(0))
try:
    posix.get_terminal_size(0)
except OSError as e:
    print(type(e).__name__, e.errno)

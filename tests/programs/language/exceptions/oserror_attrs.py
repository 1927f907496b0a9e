e = OSError(2, "No such file or directory", "missing.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename)
print(str(e))
try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as err:
    print(err.errno, err.strerror, err.filename)
    print(err)
print(isinstance(OSError(13, "x"), PermissionError))
print(EnvironmentError is OSError, IOError is OSError)

import sys
for arg in (None, 0, 3, "message", (1, 2)):
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code)
try:
    exit_obj = SystemExit()
    print(exit_obj.code)
except Exception as e:
    print(type(e).__name__, e)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

import sys
for arg in [None, 0, 5, "message"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code)

d = {}
for key in ("s", 1, (1, 2), None, ""):
    try:
        d[key]
    except KeyError as e:
        print(repr(e), e.args, str(e))
try:
    {}.pop((1,))
except KeyError as e:
    print(repr(e), str(e))

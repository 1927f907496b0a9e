# formatter_parser raises its errors lazily, after yielding the fields before them.
import _string

for s in ["a}", "a{", "{0!", "{0!r", "{0!rx}", "{0:{", "{0[}", "x{a{b}", "{!}", "ok{0}then}",
          "{0}{", "{"]:
    out = []
    try:
        for x in _string.formatter_parser(s):
            out.append(x)
    except ValueError as e:
        out.append(("ValueError", str(e)))
    print(repr(s), out)
for bad in [1, None, b"x"]:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print("TypeError", e)

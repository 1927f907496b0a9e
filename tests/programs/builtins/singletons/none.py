print(None, repr(None), type(None).__name__, type(None)() is None, None is None, None == None, None != 0)
print(bool(None), str(None), hash(None) == hash(None), [None] * 2, None.__class__.__name__)
for expr in ("n + 1", "n < n", "n()", "n[0]", "n.x", "len(n)", "iter(n)"):
    try:
        eval(expr, {"n": None})
    except (TypeError, AttributeError) as e:
        print(expr, type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(None))

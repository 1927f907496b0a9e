# `~` on a bool warns that it is deprecated, both when it runs and when the compiler folds it
# (CPython folds `~True` by calling bool.__invert__, which warns as the code is compiled).
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = True
    print(~t, ~False.__class__(0))
    print(eval("~False"), eval("~True"))
    code = compile("x = ~True", "<folded>", "exec")
    ns = {}
    exec(code, ns)
    print(ns["x"])
    print(eval("~1"), eval("-True"), eval("not True"))
for w in caught:
    print(w.category.__name__, str(w.message)[:40])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        ~t
    except DeprecationWarning as e:
        print("error:", str(e)[:40])

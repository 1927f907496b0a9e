def f(a, *args, *, b): pass

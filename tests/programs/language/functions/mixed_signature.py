def f(p, /, q, r=3, *args, s, t=6, **kw):
    return p, q, r, args, s, t, kw

print(f(1, 2, s=5))
print(f(1, 2, 3, 4, 5, s=0, u=9))
print(f(1, q=2, s=3, t=4, v=5))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)

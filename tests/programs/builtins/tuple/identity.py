# xfail: not yet identical to CPython
a = ()
b = ()
print(a is b, tuple() is a, tuple(a) is a)
t = (1, 2)
print(tuple(t) is t, t[:] is t, t[0:2] is t, t[::1] is t)
print(len(()), bool(()), bool((0,)), (0,) * 0 == ())

def f(a):
    a
    a.b
    a + 1
    42
    "text"
    (a, 1)
# xfail: not yet identical to CPython

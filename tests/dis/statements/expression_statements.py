def f(a):
    a
    a.b
    a + 1
    42
    "text"
    (a, 1)

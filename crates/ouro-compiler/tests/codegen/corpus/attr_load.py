a.b
a.b.c
x = a.b.c.d

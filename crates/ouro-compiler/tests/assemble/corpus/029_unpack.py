a, b = b, a
a, b, c = c, b, a
x, *y, z = seq
(p, q), r = f()
a, = [1]

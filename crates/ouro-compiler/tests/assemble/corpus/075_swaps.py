a, b, c, d = d, c, b, a
x, y = y, x
m[0], m[1] = m[1], m[0]
p, q, r = 1, 2, 3

a.b, c[d] = e
x[1:2], y = z

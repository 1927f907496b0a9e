a = b = c = 0
x, y = y, x = 1, 2
p, q = q, p
i, j, k = k, j, i

first, *rest = items
*init, last = items
a = b = c = 0
x.y = z[0] = 5

a = b = c
x = y = z = 1

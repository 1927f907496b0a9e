x = (a, b)
y = (a, *b)
z = (*a, *b, c)
w = a, b, c

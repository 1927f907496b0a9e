a = -5
b = ~5
c = not 1
d = -(-3)

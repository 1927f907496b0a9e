x = y = 1
a = 1 or b
c = 0 and d
e = None or f

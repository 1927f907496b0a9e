assert x
x = 1

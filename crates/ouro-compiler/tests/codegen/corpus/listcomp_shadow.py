a = 1
x = [a for a in range(3)]
y = a

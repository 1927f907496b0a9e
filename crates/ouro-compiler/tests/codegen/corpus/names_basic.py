a = b
c = a
del c
print(a)

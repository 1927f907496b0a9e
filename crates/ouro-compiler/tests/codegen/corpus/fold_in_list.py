a = x in [1, 2, 3]
b = x not in {1, 2}
c = x in [y, z]
d = x in (1, 2)

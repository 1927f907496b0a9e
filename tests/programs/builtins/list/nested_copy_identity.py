a = [[0] * 3] * 3
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(3)]
b[0][0] = 1
print(b)
import copy
c = [1, [2, [3]]]
d = copy.copy(c)
e = copy.deepcopy(c)
c[1][1].append(4)
print(c, d, e, d[1] is c[1], e[1] is c[1])

import copy
a = [[1, 2], [3]]
b = a[:]
c = copy.deepcopy(a)
a[0].append(9)
print(b, c, a == b, a is b, a[0] is b[0], a[0] is c[0])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
x = [1]
x.append(x)
print(x)

for pos in (-10, -3, -1, 0, 1, 3, 10):
    a = [0, 1, 2]
    a.insert(pos, "X")
    print(pos, a)
a = []
for i in range(6):
    a.insert(i // 2, i)
print(a)

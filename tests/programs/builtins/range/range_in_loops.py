total = 0
for i in range(10):
    if i == 7:
        break
    if i % 2:
        continue
    total += i
else:
    total = -1
print(total)
for i in range(0):
    print("never")
else:
    print("else on empty")
acc = []
for i in range(3, -4, -2):
    acc.append(i)
print(acc, [i * j for i in range(3) for j in range(i)])

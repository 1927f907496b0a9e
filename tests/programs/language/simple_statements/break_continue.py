for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("i", i)
n = 0
while True:
    n += 1
    if n < 3:
        continue
    break
print("n", n)
for outer in range(3):
    for inner in range(3):
        if inner == 1:
            break
        print(outer, inner)

total = 0
for i in range(10):
    if i % 2:
        total += i
print(total)

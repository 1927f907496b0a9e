i = 0
while i < 10:
    i += 1
    if i == 5:
        continue
    print(i)

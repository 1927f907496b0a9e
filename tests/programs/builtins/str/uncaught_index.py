s = "short"
for i in range(7):
    print(i, s[i])

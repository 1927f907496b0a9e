total = 0
for x in range(10):
    total += x
else:
    print("done")

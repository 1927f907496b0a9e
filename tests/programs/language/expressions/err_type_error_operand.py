prices = [10, 20, "30"]
total = 0
for p in prices:
    total = total + p

values = [3, "2", 1]
print(max(values))

data = [1, 2, 3]
print([last := x for x in data])
print(last)
print(undefined_after_comprehension)

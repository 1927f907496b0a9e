def source():
    print("source called")
    return [1, 2]

g = (x for x in source())
print("created")
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("eager:", e)

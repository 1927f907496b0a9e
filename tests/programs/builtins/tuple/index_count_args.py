t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, 1, 5), t.count(2), t.count(7))
try:
    t.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
print(t.index(1, -1), t.index(2, -100))

print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5))), list(zip("abc", [1, 2], (True,))))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type(zip()).__name__)

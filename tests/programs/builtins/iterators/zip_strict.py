print(list(zip([1, 2], "ab", strict=True)))
for args in [([1, 2, 3], "ab"), ([1], "ab"), ([1, 2], "ab", [0]), ("ab", "ab", "abc")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip([1, 2, 3], [4, 5], strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(strict=True)), list(zip([], [], strict=False)))

print([1, 2] + [3], [1] * 3, 2 * [0, 1], [] * 5, [1, 2] * -1)
a = [1]
b = a
a += [2]
a += (3,)
a += "xy"
print(a, a is b)
a *= 2
print(b)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, "a"] == [1, "a"])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print(3 in [1, 2, 3], [1] in [[1]], len([[], []]))

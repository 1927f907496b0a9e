t = (1, "a", 2.5, None)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(1), t.index("a"))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in "xy"))
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)

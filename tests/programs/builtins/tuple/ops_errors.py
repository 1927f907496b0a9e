try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2) < (2, "a"), (1, None) == (1, None))
try:
    (1, None) < (1, None) or (1, None) < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2)
t += (3,)
print(t)
t *= 2
print(t)

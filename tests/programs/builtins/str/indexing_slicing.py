s = "abcdefghij"
print(s[0], s[-1], s[3], s[-10])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[100:], s[-100:2], s[5:2])
print(s[slice(1, 4)], s[slice(None, None, -3)])
for idx in (10, -11):
    try:
        s[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

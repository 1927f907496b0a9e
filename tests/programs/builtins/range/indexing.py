r = range(3, 30, 4)
print(r[0], r[-1], r[3], r[-7], r[1:4], r[::2], r[::-1], r[100:], r[-100:2])
for i in (7, -8, 10**30):
    try:
        r[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    r["1"]
except TypeError as e:
    print(type(e).__name__, e)
print(r.index(7), r.count(7), r.count(8), 7 in r, 8 in r, 7.0 in r, "7" in r)
try:
    r.index(8)
except ValueError as e:
    print(type(e).__name__, e)

print(float(2**1023))
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2**1024 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 / 10**399)
print(2**1024 // 2**1000)
try:
    1.5 * 10**400
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**53 + 1), float(2**53 + 3))
print(float(-(2**60 + 1)))
print(int(1e20), int(-1.5e3), int(1.9999), int(-0.9))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        int(v)
    except Exception as e:
        print(type(e).__name__, e)

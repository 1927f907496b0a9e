import time
for bad in (1e300, float("nan")):
    try:
        time.gmtime(bad)
    except (OverflowError, ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    time.gmtime("0")
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime("%Y", (2020,))
except TypeError as e:
    print(type(e).__name__, e)
print(time.gmtime(1.9)[5], time.gmtime(-1.5)[5])

import time
for t in (0, 86399, 1234567890, 1700000000, -1, 2**31 + 5):
    lt = time.localtime(t)
    print(t, time.mktime(lt) == t, lt.tm_isdst in (0, 1), type(lt.tm_zone).__name__, type(lt.tm_gmtoff).__name__)
print(time.ctime(1234567890) == time.asctime(time.localtime(1234567890)))
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(time.localtime(1.99)[:6] == time.localtime(1)[:6], time.localtime(-0.5)[:6] == time.localtime(-1)[:6])

import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(tuple(t), len(t), t[0], type(t).__name__)
print(time.gmtime(1700000000))
print(time.gmtime(-86400)[:6], time.gmtime(2**31)[:6])
st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(st, st.tm_zone)

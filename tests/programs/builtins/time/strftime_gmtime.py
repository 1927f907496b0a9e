import time
t = time.gmtime(1234567890)
for fmt in ("%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%j %U %W %w", "%y %I %p", "%%", "%d/%m/%Y", "%H%M%S"):
    print(repr(fmt), time.strftime(fmt, t))
print(time.asctime(t))
print(time.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S")[:6])
try:
    time.strptime("bad", "%Y")
except ValueError as e:
    print(type(e).__name__, e)

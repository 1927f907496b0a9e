import time
t = time.gmtime(1700000000)
for code in "aAbBcCdDeFgGHIjmMnpRrStTuUVwWxXyY%":
    print(code, repr(time.strftime("%" + code, t)))
for day in (0, 3, 100, 360, 364):
    tt = time.gmtime(1672531200 + day * 86400)
    print(day, time.strftime("%G-W%V-%u %U %W %j", tt))
print(time.strftime("%-d|%_H|%^a|%q", time.gmtime(86400 * 3)))
print(time.strftime("[%Y]", (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.asctime((2020, 2, 29, 1, 2, 3, 5, 60, 0)), time.asctime(time.gmtime(0)))

import time, calendar
print(calendar.timegm(time.gmtime(0)), calendar.timegm((2000, 1, 1, 0, 0, 0, 0, 0, 0)), calendar.timegm(time.gmtime(1700000000)))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2000), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(calendar.month_name[1], calendar.day_abbr[0], len(calendar.month(2024, 2).splitlines()))
print(calendar.month(2021, 7))

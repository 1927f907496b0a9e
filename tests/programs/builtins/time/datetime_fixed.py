import datetime as dt
d = dt.datetime(2024, 2, 29, 13, 45, 30, 123456)
print(d, repr(d), d.isoformat(), d.date(), d.time(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d + dt.timedelta(days=1, hours=12), d - dt.datetime(2024, 1, 1), dt.timedelta(seconds=3661), dt.timedelta(days=-1, seconds=5))
print(d.strftime("%Y/%m/%d %H-%M-%S.%f"), dt.date(2020, 1, 1).toordinal(), dt.date.fromordinal(737425))
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime(2020, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))).isoformat())
print(dt.date.fromisoformat("2021-12-31"), dt.datetime.fromisoformat("2021-12-31T23:59:59+01:00"))
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)

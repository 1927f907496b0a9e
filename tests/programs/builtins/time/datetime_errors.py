# Error messages and reprs of the datetime classes (those of CPython's C module).
import datetime as m
cases = [
    "m.date(2023, 2, 29)", "m.date(2023, 13, 1)", "m.date(0, 1, 1)", "m.date(2023, 1, 0)",
    "m.datetime(2023, 1, 1, 24)", "m.datetime(2023, 1, 1, 0, 60)", "m.datetime(2023, 1, 1, 0, 0, 60)",
    "m.datetime(2023, 1, 1, 0, 0, 0, 1000000)", "m.time(25)", "m.time(0, 0, 0, 0, fold=2)",
    "m.datetime(2020, 1, 1).replace(month=13)", "m.date.max + m.timedelta(1)",
    "m.datetime.max + m.timedelta(1)", "m.date(1, 1, 1) - m.timedelta(1)",
    "m.date.fromisocalendar(2020, 1, 8)", "m.date.fromisocalendar(2020, 54, 1)",
    "m.datetime(2020, 1, 1) - m.datetime(2020, 1, 1, tzinfo=m.timezone.utc)",
    "m.datetime(2020, 1, 1) < m.datetime(2020, 1, 1, tzinfo=m.timezone.utc)",
    "m.tzinfo().utcoffset(None)", "m.tzinfo().dst(None)", "m.tzinfo().tzname(None)",
    "repr(m.date(2020, 1, 1).isocalendar())", "m.date.today().__class__", "m.datetime.__module__",
    "type(m.date(2020, 1, 1).isocalendar()).__module__", "repr(m.timezone.utc)",
    "repr(m.timezone(m.timedelta(hours=1)))", "repr(m.timedelta(1, 2, 3))", "repr(m.time(1, 2, 3, 4))",
    "m.date.fromisoformat('bad')", "m.datetime.fromisoformat('bad')", "m.time.fromisoformat('bad')",
]
for c in cases:
    try:
        r = eval(c)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(c, "=>", r)

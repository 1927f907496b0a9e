import time
cases = [
    ("strftime", lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))),
    ("strftime", lambda: time.strftime("%Y", (2020, 1, 32, 0, 0, 0, 0, 1, 0))),
    ("strftime", lambda: time.strftime("%Y", (2020, 1, 1, 24, 0, 0, 0, 1, 0))),
    ("strftime", lambda: time.strftime("%Y", (2020, 1, 1, 0, 60, 0, 0, 1, 0))),
    ("strftime", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 62, 0, 1, 0))),
    ("strftime", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, -1, 1, 0))),
    ("strftime", lambda: time.strftime("%Y", (2020, 1, 1, 0, 0, 0, 0, 367, 0))),
    ("strftime", lambda: time.strftime("%Y", [2020, 1, 1, 0, 0, 0, 0, 1, 0])),
    ("strftime", lambda: time.strftime(5)),
    ("asctime", lambda: time.asctime((2020, 1, 1))),
    ("asctime", lambda: time.asctime("x")),
    ("mktime", lambda: time.mktime((2020, 1, 1))),
    ("gmtime", lambda: time.gmtime(None)[0] > 2000),
    ("gmtime", lambda: time.gmtime(1, 2)),
    ("localtime", lambda: time.localtime(float("nan"))),
    ("get_clock_info", lambda: time.get_clock_info("nope")),
    ("get_clock_info", lambda: sorted(vars(time.get_clock_info("time")))),
]
for name, f in cases:
    try:
        print(name, f())
    except (TypeError, ValueError, OverflowError) as e:
        print(name, type(e).__name__, e)

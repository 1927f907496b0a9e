# Runs in the `_datetime` module after `_pydatetime`'s code: the classes present themselves
# as the C module's do (`datetime.date`, `datetime.IsoCalendarDate(...)`).
for _cls in (date, datetime, time, timedelta, tzinfo, timezone, _IsoCalendarDate):
    _cls.__module__ = "datetime"
del _cls


def _isocalendardate_repr(self):
    return (f"datetime.IsoCalendarDate"
            f"(year={self[0]}, week={self[1]}, weekday={self[2]})")


_IsoCalendarDate.__repr__ = _isocalendardate_repr
del _isocalendardate_repr

"""Working-day arithmetic for trigger deadlines.

Uses ``pbgdpl.core.calendar.add_working_days`` (holidays as data) when it is available; until it
lands, :func:`add_calendar_days_fallback` counts plain calendar days, and says so in its name.
"""

from __future__ import annotations

import datetime as dt


def add_calendar_days_fallback(start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=days)


def add_working_days(start: dt.date, days: int) -> dt.date:
    from pbgdpl.core import calendar

    func = getattr(calendar, "add_working_days", None)
    if func is None:
        return add_calendar_days_fallback(start, days)
    return func(start, days)

"""The working-day calendar every deadline is counted with.

A working day is a Monday to Friday that is not a holiday, or a Saturday/Sunday that the holiday table marks
as a compensatory working day (``kind="workday"``). Holidays are rows of :class:`~pbgdpl.core.models.Holiday`,
edited by administrators (see :func:`holiday_save`, :func:`holiday_delete`) and seeded with Vietnam's
schedule (``pbgdpl holidays seed``).

Conventions:

* ``add_working_days(d, n)`` is the n-th working day after ``d`` (before it when ``n < 0``); ``d`` itself is
  never counted, so a request received on Friday with a 5-working-day limit is due the next Friday.
  ``n == 0`` returns ``d`` unchanged, even when ``d`` is not a working day.
* ``working_days_between(a, b)`` counts the working days in the half-open interval ``(a, b]``: ``a`` is
  excluded, ``b`` included; it is negative when ``b < a`` (the days in ``(b, a]``, negated). For every
  working day ``b``: ``add_working_days(a, working_days_between(a, b)) == b``.

The holiday table is read once per range of years and kept per process; a change through the services or
any save/delete of a Holiday row empties the cache, and other processes reload after ``CACHE_SECONDS``.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import audit, policy
from .models import AuditRecord, Holiday, HolidayKind

if TYPE_CHECKING:
    from .vn_holidays import Day

CACHE_SECONDS = 300.0

_Entry = tuple[frozenset[dt.date], frozenset[dt.date]]  # (days off, Saturdays/Sundays worked)

_lock = threading.Lock()
_years: dict[int, _Entry] = {}
_loaded_at = 0.0
_ONE_DAY = dt.timedelta(days=1)


def clear_cache() -> None:
    """Forget the cached holiday table (the next question reads it again)."""
    global _loaded_at
    with _lock:
        _years.clear()
        _loaded_at = 0.0


def _entries(first: int, last: int) -> dict[int, _Entry]:
    """The cached years ``first..last``, reading the missing ones with one query."""
    global _loaded_at
    with _lock:
        now = time.monotonic()
        if now - _loaded_at > CACHE_SECONDS:
            _years.clear()
        missing = [year for year in range(first, last + 1) if year not in _years]
        if missing:
            lo, hi = min(missing), max(missing)
            off: dict[int, set[dt.date]] = {year: set() for year in range(lo, hi + 1)}
            on: dict[int, set[dt.date]] = {year: set() for year in range(lo, hi + 1)}
            rows = Holiday.objects.filter(date__gte=dt.date(lo, 1, 1), date__lte=dt.date(hi, 12, 31))
            for day, kind in rows.values_list("date", "kind"):
                (on if kind == HolidayKind.WORKDAY else off)[day.year].add(day)
            if not _years:
                _loaded_at = now
            for year in range(lo, hi + 1):
                _years.setdefault(year, (frozenset(off[year]), frozenset(on[year])))
        return {year: _years[year] for year in range(first, last + 1)}


def _working(day: dt.date, entries: dict[int, _Entry]) -> bool:
    entry = entries.get(day.year)
    if entry is None:  # a count that ran past the years read up front
        entries.update(_entries(day.year, day.year))
        entry = entries[day.year]
    off, on = entry
    if day in on:
        return True
    return day.weekday() < 5 and day not in off


def is_working_day(day: dt.date) -> bool:
    return _working(day, _entries(day.year, day.year))


def add_working_days(day: dt.date, n: int) -> dt.date:
    """The ``n``-th working day after ``day`` (before it when ``n`` is negative); ``day`` itself is not counted."""
    if n == 0:
        return day
    step = _ONE_DAY if n > 0 else -_ONE_DAY
    span = abs(n) * 7 // (5 * 365) + 1
    entries = _entries(day.year, day.year + span) if n > 0 else _entries(day.year - span, day.year)
    remaining = abs(n)
    while remaining:
        day += step
        if _working(day, entries):
            remaining -= 1
    return day


def working_days_between(a: dt.date, b: dt.date) -> int:
    """Working days in ``(a, b]`` (``a`` excluded, ``b`` included); negative when ``b`` is before ``a``."""
    if b < a:
        return -working_days_between(b, a)
    entries = _entries(a.year, b.year)
    count = 0
    day = a
    while day < b:
        day += _ONE_DAY
        if _working(day, entries):
            count += 1
    return count


def next_working_day(day: dt.date) -> dt.date:
    """``day`` when it is a working day, otherwise the first working day after it."""
    return day if is_working_day(day) else add_working_days(day, 1)


@receiver(post_save, sender=Holiday)
@receiver(post_delete, sender=Holiday)
def _holiday_changed(**_kwargs: Any) -> None:
    clear_cache()
    transaction.on_commit(clear_cache)


# --- Services: the holiday page's writes ---------------------------------------------------------

_FIELDS = ["date", "name", "kind", "source"]


@transaction.atomic
def holiday_save(*, by: Any, date: dt.date, name: str, kind: str = HolidayKind.HOLIDAY,
                 holiday: Holiday | None = None) -> Holiday:
    """Create a holiday (``holiday`` None) or change one. Rows saved here are marked ``source="admin"`` so
    seeding never overwrites them."""
    policy.require(by, "change", holiday if holiday is not None else Holiday)
    before = audit.snapshot(holiday, _FIELDS) if holiday is not None else None
    row = holiday if holiday is not None else Holiday()
    row.date = date
    row.name = name.strip()
    row.kind = kind
    row.source = "admin"
    row.full_clean()
    row.save()
    audit.record(actor=by, action="holiday.update" if before else "holiday.create", target=row,
                 before=before, after=audit.snapshot(row, _FIELDS))
    return row


@transaction.atomic
def holiday_delete(*, by: Any, holiday: Holiday) -> None:
    """Delete a day from the table; ``pbgdpl holidays seed`` will not bring back a day deleted here."""
    policy.require(by, "change", holiday)
    before = audit.snapshot(holiday, _FIELDS)
    audit.record(actor=by, action="holiday.delete", target=holiday, before=before)
    holiday.delete()


@dataclass
class SeedResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: list[dt.date] = field(default_factory=list)  # edited or deleted by an administrator: left alone


def _removed_by_admin() -> set[dt.date]:
    """Days an administrator deleted, or moved to another date, on the holiday page."""
    removed: set[dt.date] = set()
    records = AuditRecord.objects.filter(action__in=["holiday.delete", "holiday.update"])
    for before, after in records.values_list("before", "after"):
        if not isinstance(before, dict) or not before.get("date"):
            continue
        if isinstance(after, dict) and after.get("date", before["date"]) == before["date"]:
            continue  # an update that kept the date
        removed.add(dt.date.fromisoformat(str(before["date"])))
    return removed


@transaction.atomic
def holidays_seed(*, days: Iterable[Day], by: Any = None) -> SeedResult:
    """Write a computed schedule into the holiday table. Idempotent; never touches a row an administrator saved
    (``source="admin"``) nor brings back a day an administrator deleted or moved to another date."""
    wanted = {day.date: day for day in days}
    result = SeedResult()
    if not wanted:
        return result
    existing = {row.date: row for row in Holiday.objects.filter(date__in=list(wanted))}
    removed = _removed_by_admin()
    new: list[Holiday] = []
    changed: list[Holiday] = []
    for date, day in sorted(wanted.items()):
        row = existing.get(date)
        if (row is not None and row.source == "admin") or (row is None and date in removed):
            result.kept.append(date)
        elif row is None:
            new.append(Holiday(date=date, name=day.name, kind=day.kind, source=day.source))
        elif (row.name, row.kind, row.source) != (day.name, day.kind, day.source):
            row.name, row.kind, row.source = day.name, day.kind, day.source
            changed.append(row)
        else:
            result.unchanged += 1
    Holiday.objects.bulk_create(new)
    Holiday.objects.bulk_update(changed, ["name", "kind", "source"])
    result.created, result.updated = len(new), len(changed)
    if new or changed:
        audit.record(actor=by, action="holiday.seed", target_type="core.holiday",
                     target_repr=f"{min(wanted):%d/%m/%Y} - {max(wanted):%d/%m/%Y}",
                     data={"created": result.created, "updated": result.updated, "kept": result.kept})
    clear_cache()
    transaction.on_commit(clear_cache)
    return result

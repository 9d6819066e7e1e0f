"""Timeframes as written in plans → a normalised due date, or "waits for an event".

``pbgdpl.core.text.parse_period`` (the end of the period) is used first; this module's own small
normaliser is the fallback for phrases it leaves open and handles what the seed plans write: "Năm 2024", "Cả năm",
"Quý II, III/2022", "Tháng 6/2024", "từ ngày 01/11 đến ngày 09/11/2022", "trước ngày 01/6",
"6 tháng đầu năm", "2023-2030", and event phrases ("khi có hướng dẫn của Sở Tư pháp").
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
from dataclasses import dataclass

from pbgdpl.core.text import fold_lower, nfc

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TRIGGER_RE = re.compile(r"\b(sau khi|khi (co|nhan|duoc)|theo (yeu cau|huong dan|chi dao|de nghi))\b")
_DAYMONTH_RE = re.compile(r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?![\d/])")
_QUARTER_RE = re.compile(r"quy\s+((?:[ivx1-4]+)(?:\s*(?:,|va|-|den)\s*[ivx1-4]+)*)\s*(?:/\s*|nam\s+)?(\d{4})?")
_MONTH_RE = re.compile(r"thang\s+(\d{1,2})(?:\s*/\s*|\s+nam\s+)?(\d{4})?")
_YEAR_RANGE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_WORKING_DAYS_RE = re.compile(r"(\d{1,3})\s*ngay\s*lam\s*viec")


@dataclass(frozen=True)
class Timeframe:
    due_date: dt.date | None
    triggered: bool = False  # also waits for an event written in the text
    trigger_days: int | None = None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _calendar.monthrange(year, month)[1])


def is_trigger(text: str) -> bool:
    return bool(_TRIGGER_RE.search(fold_lower(nfc(text))))


def normalise_timeframe(text: str, default_year: int) -> Timeframe:
    """The due date a timeframe phrase stands for (its last day), or a trigger to wait for."""
    folded = fold_lower(nfc(text or "")).strip()
    if not folded:
        return Timeframe(None)
    days = _WORKING_DAYS_RE.search(folded)
    trigger_days = int(days.group(1)) if days else None
    # "Năm 2024, khi nhận được hướng dẫn của Sở Tư pháp": a year-end deadline that also waits for an event.
    due = _core_parse_period(text, default_year) or _parse(folded, default_year)
    return Timeframe(due, is_trigger(folded), trigger_days)


def _core_parse_period(text: str, default_year: int) -> dt.date | None:
    try:
        from pbgdpl.core import text as core_text
    except ImportError:  # pragma: no cover
        return None
    parse_period = getattr(core_text, "parse_period", None)
    if parse_period is None:
        return None
    try:
        result = parse_period(text, default_year)
    except Exception:  # noqa: BLE001 - the fallback below still answers
        return None
    if isinstance(result, dt.date):
        return result
    end = getattr(result, "end", None)
    if isinstance(end, dt.date):
        return end
    if isinstance(result, tuple) and result and isinstance(result[-1], dt.date):
        return result[-1]
    return None


def _parse(folded: str, default_year: int) -> dt.date | None:
    dates = []
    for match in _DAYMONTH_RE.finditer(folded):
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else None
        dates.append((day, month, year, match.start()))
    if dates:
        # "từ ngày 01/11 đến ngày 09/11/2022": the last date, the year from wherever it is written.
        year_written = next((y for _, _, y, _ in reversed(dates) if y), None)
        day, month, year, start = dates[-1]
        try:
            due = dt.date(year or year_written or default_year, month, day)
        except ValueError:
            return None
        if re.search(r"truoc\s+(ngay\s+)?$", folded[:start]):
            due -= dt.timedelta(days=1)
        return due
    quarter = _QUARTER_RE.search(folded)
    if quarter:
        numbers = [_ROMAN[q] for q in re.findall(r"[ivx1-4]+", quarter.group(1)) if q in _ROMAN]
        year = int(quarter.group(2)) if quarter.group(2) else _year_in(folded, default_year)
        if numbers:
            return _month_end(year, max(numbers) * 3)
    month_match = _MONTH_RE.search(folded)
    if month_match and 1 <= int(month_match.group(1)) <= 12:
        head = folded[: month_match.start()]
        if not re.search(r"\d\s*$", head):  # "6 tháng đầu năm" is handled below
            year = int(month_match.group(2)) if month_match.group(2) else _year_in(folded, default_year)
            return _month_end(year, int(month_match.group(1)))
    if re.search(r"6 thang dau nam|sau thang dau nam", folded):
        return dt.date(_year_in(folded, default_year), 6, 30)
    span = _YEAR_RANGE_RE.search(folded)
    if span:
        return dt.date(int(span.group(2)), 12, 31)
    if re.search(r"ca nam|trong nam|hang nam|nam \d{4}|6 thang cuoi nam|cuoi nam", folded) or _YEAR_RE.search(folded):
        return dt.date(_year_in(folded, default_year), 12, 31)
    return None


def _year_in(folded: str, default_year: int) -> int:
    found = _YEAR_RE.findall(folded)
    return int(found[-1]) if found else default_year

"""Vietnam's public holidays computed from the law, with the lunar ones from the Vietnamese calendar.

Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1 gives, with full pay:

* Tết Dương lịch: 1 day (01/01);
* Tết Âm lịch: 5 days;
* Ngày Chiến thắng: 1 day (30/4);
* Ngày Quốc tế lao động: 1 day (01/5);
* Quốc khánh: 2 days (02/9 and one adjacent day, before or after);
* Giỗ Tổ Hùng Vương: 1 day (10/3 lunar).

Khoản 3 leaves the exact days of Tết and of the extra National Day day to the Prime Minister each year;
Điều 111 khoản 3: a holiday falling on the weekly rest day is compensated on the next working day.
The yearly decisions are then data an administrator edits on the holiday page; this module gives the
default schedule that matches what the decisions of 2020-2026 did:

* Tết = the last day of the lunar year and the first four days of the new year.
  A Tết day on a Saturday moves to the working day before Tết, one on a Sunday to the working day after
  (the arrangement the yearly Tết notices have used since 2014, e.g. 20-26/01/2023, 08-14/02/2024,
  25/01-02/02/2025).
* The extra National Day day is the adjacent day that makes the longest break: 03/9 when 02/9 falls on a
  Monday, Thursday or Sunday; 01/9 otherwise (2021: 02-03/9, 2022: 01-02/9, 2023: 01/9 + 04/9 off in lieu,
  2024: 02-03/9, 2025: 01-02/9). Before 2021 (Bộ luật Lao động 2012) National Day was one day.
* Ngày Văn hóa Việt Nam, 24/11, a paid holiday chosen by the Politburo in 2026 (from 2026).
* Every other holiday on a Saturday or Sunday is compensated on the next working day.

Lunar dates come from the ``holidays`` package's Vietnamese lunisolar calendar (new moons computed at UTC+7,
which differs from the Chinese calendar in e.g. 2007 and 2030).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from holidays.calendars import _ChineseLunisolar  # the package's lunisolar calendar; pinned by tests
from holidays.calendars.chinese import VIETNAMESE_CALENDAR

FIRST_YEAR = 2020
LAST_YEAR = 2035

HOLIDAY = "holiday"
WORKDAY = "workday"
COMPUTED = "computed"
DECISION = "decision"

_SAT, _SUN = 5, 6
_LUNAR = _ChineseLunisolar(VIETNAMESE_CALENDAR)


@dataclass(frozen=True, order=True)
class Day:
    """One entry of the schedule: a day off, or (kind="workday") a Saturday or Sunday worked in exchange."""

    date: dt.date
    name: str
    kind: str = HOLIDAY
    source: str = COMPUTED

    def as_json(self) -> dict[str, str]:
        return {"date": self.date.isoformat(), "name": self.name, "kind": self.kind, "source": self.source}


def lunar_new_year(year: int) -> dt.date:
    """Mùng 1 Tết of the lunar year that starts in ``year`` (Vietnamese calendar)."""
    day, _estimated = _LUNAR.lunar_new_year_date(year)
    if day is None:  # pragma: no cover - the package covers 1901-2100
        raise ValueError(f"No lunar calendar for {year}")
    return day


def hung_kings_day(year: int) -> dt.date:
    """Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month (Vietnamese calendar)."""
    day, _estimated = _LUNAR.hung_kings_date(year)
    if day is None:  # pragma: no cover - the package covers 1901-2100
        raise ValueError(f"No lunar calendar for {year}")
    return day


# Swaps decided by the government for officials and public employees (cán bộ, công chức, viên chức): a
# working day between a holiday and a weekend becomes a day off and a Saturday is worked in exchange.
# Sources: CV 2450/VPCP-KGVX (2024); the 2025 and 2026 notices of the Ministry of Home Affairs.
DECISIONS: tuple[tuple[dt.date, dt.date, str], ...] = (
    (dt.date(2024, 4, 29), dt.date(2024, 5, 4), "dịp 30/4 - 1/5"),
    (dt.date(2025, 5, 2), dt.date(2025, 4, 26), "dịp 30/4 - 1/5"),
    (dt.date(2026, 8, 31), dt.date(2026, 8, 22), "dịp Quốc khánh"),
)


def _is_weekend(day: dt.date) -> bool:
    return day.weekday() in (_SAT, _SUN)


def _step(day: dt.date, taken: set[dt.date], direction: int) -> dt.date:
    """The nearest working day before (-1) or after (+1) ``day`` that is not already taken."""
    day += dt.timedelta(days=direction)
    while _is_weekend(day) or day in taken:
        day += dt.timedelta(days=direction)
    return day


def schedule(year: int, *, decisions: bool = True) -> list[Day]:
    """The default holiday schedule of ``year``: days off, days off in lieu, and swapped working Saturdays."""
    days: dict[dt.date, Day] = {}

    def add(day: dt.date, name: str, kind: str = HOLIDAY, source: str = COMPUTED) -> None:
        days.setdefault(day, Day(day, name, kind, source))

    # Tết Âm lịch: the last day of the old year and mùng 1-4 of the new one.
    new_year = lunar_new_year(year)
    tet = [new_year + dt.timedelta(days=offset) for offset in range(-1, 4)]
    names = ["Tết Nguyên đán (ngày cuối năm Âm lịch)"] + [f"Tết Nguyên đán (mùng {n})" for n in range(1, 5)]
    for day, name in zip(tet, names, strict=True):
        add(day, name)

    fixed: list[tuple[dt.date, str]] = [
        (dt.date(year, 1, 1), "Tết Dương lịch"),
        (hung_kings_day(year), "Giỗ Tổ Hùng Vương (10/3 Âm lịch)"),
        (dt.date(year, 4, 30), "Ngày Chiến thắng (30/4)"),
        (dt.date(year, 5, 1), "Ngày Quốc tế Lao động (01/5)"),
        (dt.date(year, 9, 2), "Quốc khánh (02/9)"),
    ]
    if year >= 2021:
        national_day = dt.date(year, 9, 2)
        extra = 3 if national_day.weekday() in (0, 3, 6) else 1
        fixed.append((dt.date(year, 9, extra), "Quốc khánh (ngày liền kề)"))
    if year >= 2026:
        fixed.append((dt.date(year, 11, 24), "Ngày Văn hóa Việt Nam (24/11)"))
    for day, name in fixed:
        add(day, name)

    taken = set(days)
    # Tết days on a weekend: Saturday to the working day before Tết, Sunday to the one after.
    for day, name in zip(tet, names, strict=True):
        if _is_weekend(day):
            lieu = _step(tet[0], taken, -1) if day.weekday() == _SAT else _step(tet[-1], taken, +1)
            taken.add(lieu)
            add(lieu, f"Nghỉ bù: {name}")
    # Other holidays on a weekend: the next working day.
    for day, name in sorted(fixed):
        if _is_weekend(day):
            lieu = _step(day, taken, +1)
            taken.add(lieu)
            add(lieu, f"Nghỉ bù: {name}")

    if decisions:
        for off, worked, occasion in DECISIONS:
            if off.year == year:
                days[off] = Day(off, f"Nghỉ hoán đổi {occasion} (làm bù ngày {worked:%d/%m/%Y})", HOLIDAY, DECISION)
            if worked.year == year:
                days[worked] = Day(worked, f"Làm bù cho ngày nghỉ {off:%d/%m/%Y}", WORKDAY, DECISION)
    return sorted(days.values())


def schedule_range(first: int = FIRST_YEAR, last: int = LAST_YEAR) -> list[Day]:
    return [day for year in range(first, last + 1) for day in schedule(year)]

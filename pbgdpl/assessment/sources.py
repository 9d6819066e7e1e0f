"""Values an indicator can take from the platform's own data instead of being typed in.

Each source returns the measured value for a unit and a year (a percentage or a count), or None when the data
holds nothing to measure; the person scoring can always overwrite it with evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from django.db.models import Sum

from pbgdpl.org.models import Unit

from .models import Source


def _share(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    if not whole:
        return None
    return min(Decimal(100), (Decimal(part) * 100 / Decimal(whole))).quantize(Decimal("0.01"))


def tasks_on_time(unit: Unit, year: int) -> Decimal | None:
    """Leaf tasks the unit leads in the year's issued plans that fell due by year end: done on time / due."""
    from pbgdpl.narrative.selectors import unit_tasks
    from pbgdpl.plans.models import TaskState

    tasks = unit_tasks(unit, year).filter(due_date__lte=dt.date(year, 12, 31), standing=False)
    return _share(tasks.filter(state=TaskState.DONE).count(), tasks.count())


def staff_trained(unit: Unit, year: int) -> Decimal | None:
    """People of the "cán bộ, công chức, viên chức" audience reached by the unit's subtree in the year (the summary
    table's subtree rows), over the
    platform accounts of that subtree (a proxy for the headcount; overwrite with the real share when known)."""
    from pbgdpl.accounts.models import User
    from pbgdpl.reporting.models import ActivityFact, AudienceGroup

    group = AudienceGroup.objects.filter(code="can-bo").first()
    headcount = User.objects.filter(unit__path__startswith=unit.path, is_active=True).count()
    if group is None or not headcount:
        return None
    reached = ActivityFact.objects.filter(unit=unit, subtree=True, month__year=year,
                                          audience=group.pk).aggregate(n=Sum("participants"))["n"] or 0
    return _share(reached, headcount)


def _groups_reached(unit: Unit, year: int, special: bool | None) -> tuple[int, int]:
    from pbgdpl.reporting.models import ActivityFact, AudienceGroup

    groups = AudienceGroup.objects.filter(is_active=True)
    if special is not None:
        groups = groups.filter(is_special=special)
    ids = list(groups.values_list("pk", flat=True))
    reached = (ActivityFact.objects.filter(unit=unit, subtree=True, month__year=year, audience__in=ids,
                                           participants__gt=0).values("audience").distinct().count())
    return reached, len(ids)


def audiences_reached(unit: Unit, year: int) -> Decimal | None:
    reached, total = _groups_reached(unit, year, None)
    return _share(reached, total)


def special_audiences(unit: Unit, year: int) -> Decimal | None:
    reached, _total = _groups_reached(unit, year, True)
    return Decimal(reached)


def activities(unit: Unit, year: int) -> Decimal | None:
    from pbgdpl.reporting.models import ActivityFact

    n = ActivityFact.objects.filter(unit=unit, subtree=True, month__year=year, audience=0) \
        .aggregate(n=Sum("activities"))["n"]
    return Decimal(n or 0)


SOURCES: dict[str, Callable[[Unit, int], Decimal | None]] = {
    Source.TASKS_ON_TIME: tasks_on_time,
    Source.STAFF_TRAINED: staff_trained,
    Source.AUDIENCES_REACHED: audiences_reached,
    Source.SPECIAL_AUDIENCES: special_audiences,
    Source.ACTIVITIES: activities,
}


def measure(source: str, unit: Unit, year: int) -> Decimal | None:
    fn = SOURCES.get(source)
    return fn(unit, year) if fn is not None else None

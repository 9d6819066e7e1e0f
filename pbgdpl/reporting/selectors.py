"""Reads of the reporting app: activity lists, report views with comparisons, completeness, dashboard series."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils.translation import gettext as _

from pbgdpl.accounts.models import RoleAssignment, User
from pbgdpl.accounts.roles import Role
from pbgdpl.core import policy
from pbgdpl.org.models import Unit, UnitType

from . import aggregation
from .models import (
    Activity,
    ActivityFact,
    AudienceGroup,
    Form,
    Indicator,
    Rule,
    Schedule,
    Status,
    Submission,
    SubmissionValue,
)

NOT_REPORTING = (UnitType.COUNCIL,)


def parse_period(period: str) -> tuple[int, str]:
    """``2025`` → (2025, "year"); ``2025-H1`` → (2025, "H1")."""
    text = period.strip().upper()
    if len(text) == 4 and text.isdigit():
        return int(text), "year"
    if len(text) == 7 and text[:4].isdigit() and text[4:] in ("-H1", "-H2"):
        return int(text[:4]), text[5:]
    raise ValueError(_("Kỳ báo cáo không hợp lệ: %(p)r (dạng 2025 hoặc 2025-H1)") % {"p": period})


def period_window(period: str) -> tuple[dt.date, dt.date]:
    year, part = parse_period(period)
    if part == "H1":
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    if part == "H2":
        return dt.date(year, 7, 1), dt.date(year, 12, 31)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def activities(user: Any, *, unit: Unit | None = None, period: str | None = None, form: str | None = None,
               q: str | None = None, subtree: bool = True) -> QuerySet[Activity]:
    items = policy.visible(user, Activity.objects.all())
    if unit is not None:
        items = items.filter(unit__path__startswith=unit.path) if subtree else items.filter(unit=unit)
    if period:
        start, end = period_window(period)
        items = items.filter(date_from__gte=start, date_from__lte=end)
    if form:
        items = items.filter(form__code=form)
    if q:
        items = items.filter(Q(title__icontains=q) | Q(laws__icontains=q))
    return items.select_related("unit", "form", "commune").order_by("-date_from", "-id")


def expected_reporters(parent: Unit, schedule: Schedule) -> list[Unit]:
    """The units that owe ``parent`` a report for ``schedule``: its children that exist on the cut-off day."""
    return list(Unit.objects.active_on(schedule.cutoff).filter(parent=parent).exclude(type__in=NOT_REPORTING)
                .order_by("sort_order", "name"))


@dataclass
class Completeness:
    unit: Unit
    expected: int = 0
    received: int = 0
    on_time: int = 0
    approved: int = 0
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def received_share(self) -> int:
        return round(100 * self.received / self.expected) if self.expected else 100

    @property
    def on_time_share(self) -> int:
        return round(100 * self.on_time / self.received) if self.received else 0


def completeness(parent: Unit, schedule: Schedule) -> Completeness:
    """Expected vs received reports from the units below ``parent``, and how many arrived on time."""
    units = expected_reporters(parent, schedule)
    subs = {s.unit_id: s for s in Submission.objects.filter(schedule=schedule, unit__in=units)}
    deadlines = list(schedule.deadlines.all())
    result = Completeness(unit=parent, expected=len(units))
    for unit in units:
        sub = subs.get(unit.pk)
        due = next((d.due for d in deadlines if d.unit_type == unit.type), schedule.default_due)
        received = bool(sub and sub.first_submitted_at)
        on_time = bool(received and sub and sub.first_submitted_at and
                       _local_date(sub.first_submitted_at) <= due)
        result.received += received
        result.on_time += on_time
        result.approved += bool(sub and sub.status == Status.APPROVED)
        result.rows.append({"unit": unit, "submission": sub, "due": due, "received": received, "on_time": on_time})
    return result


def _local_date(value: dt.datetime) -> dt.date:
    from django.utils import timezone

    return timezone.localtime(value).date()


def completeness_tree(root: Unit, schedule: Schedule) -> list[Completeness]:
    """Completeness at every level of ``root``'s subtree that has reporters below it."""
    parents = Unit.objects.filter(path__startswith=root.path, children__isnull=False).distinct().order_by("path")
    out = [completeness(parent, schedule) for parent in parents]
    return [c for c in out if c.expected]


def previous_schedules(schedule: Schedule) -> tuple[Schedule | None, Schedule | None]:
    """The report before this one (any type, by cut-off) and the same report a year earlier."""
    previous = (Schedule.objects.filter(cutoff__lt=schedule.cutoff).exclude(report_type__code="adhoc")
                .exclude(pk=schedule.pk).select_related("report_type").order_by("-cutoff").first())
    last_year = Schedule.objects.filter(report_type=schedule.report_type, year=schedule.year - 1) \
        .select_related("report_type").first()
    return previous, last_year


def values_of(submission: Submission | None) -> dict[str, Decimal]:
    if submission is None:
        return {}
    return {code: total for code, total in submission.values.values_list("indicator__code", "total")}


@dataclass
class ReportView:
    submission: Submission
    indicators: list[Indicator]
    rows: list[dict[str, Any]]
    children: list[Submission]
    previous: Schedule | None
    last_year: Schedule | None


def report_view(submission: Submission) -> ReportView:
    schedule = submission.schedule
    indicators = list(schedule.indicator_set.indicators.all())
    current = {v.indicator_id: v for v in submission.values.all()}
    previous, last_year = previous_schedules(schedule)
    prev_values = values_of(Submission.objects.filter(unit=submission.unit, schedule=previous).first()) \
        if previous else {}
    year_values = values_of(Submission.objects.filter(unit=submission.unit, schedule=last_year).first()) \
        if last_year else {}
    children = list(Submission.objects.filter(schedule=schedule, unit__parent=submission.unit)
                    .select_related("unit").order_by("unit__sort_order", "unit__name"))
    child_values: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for sub_id, code, total in SubmissionValue.objects.filter(
            submission__in=[c for c in children if c.status == Status.APPROVED]).values_list(
            "submission_id", "indicator__code", "total"):
        child_values[sub_id][code] = total
    rows = []
    section = None
    for ind in indicators:
        value = current.get(ind.pk)
        rows.append({
            "indicator": ind, "new_section": ind.section if ind.section != section else None,
            "own": value.own if value else Decimal(0), "total": value.total if value else Decimal(0),
            "previous": prev_values.get(ind.code), "last_year": year_values.get(ind.code),
            "children": [child_values.get(c.pk, {}).get(ind.code) for c in children],
        })
        section = ind.section
    return ReportView(submission, indicators, rows, children, previous, last_year)


def drilldown(submission: Submission, indicator: Indicator) -> dict[str, Any]:
    """The records behind one figure: the unit's own activities and the approved reports below."""
    schedule = submission.schedule
    items: QuerySet[Activity] = Activity.objects.none()
    if indicator.rule in (Rule.SUM, Rule.COUNT):
        lookup = aggregation.Lookup()
        items = (Activity.objects.filter(unit=submission.unit, date_from__gte=schedule.start,
                                         date_from__lte=schedule.cutoff)
                 .filter(aggregation.activity_filter(indicator, lookup)).distinct()
                 .select_related("form", "unit").prefetch_related("audiences__group").order_by("date_from", "id"))
    children = [(child, values_of(child).get(indicator.code)) for child in
                Submission.objects.filter(schedule=schedule, unit__parent=submission.unit, status=Status.APPROVED)
                .select_related("unit")]
    return {"activities": items, "children": children}


def notify_addresses(submission: Submission, action: str) -> list[str]:
    """Submitting tells the level above (leaders and reviewers over the parent); decisions tell the unit."""
    if action == "submit":
        target = submission.unit.parent
        roles = (Role.LEADER, Role.REVIEWER)
    else:
        target = submission.unit
        roles = (Role.FOCAL, Role.LEADER)
    if target is None:
        return []
    return unit_contacts(target, roles)


def unit_contacts(unit: Unit, roles: tuple[str, ...]) -> list[str]:
    """E-mail addresses of people holding ``roles`` over ``unit`` at its own level (not the whole province)."""
    assigned = RoleAssignment.objects.filter(role__in=roles).filter(
        Q(unit=unit) | Q(unit__isnull=True, user__unit=unit)).values_list("user_id", flat=True)
    return sorted(set(User.objects.filter(pk__in=assigned, is_active=True).exclude(email="")
                      .values_list("email", flat=True)))


# --- Dashboard series -------------------------------------------------------------------------


def scope_roots(user: Any, unit: Unit | None = None) -> list[Unit]:
    """The tops of the subtrees the user sees (or ``unit``, when the user sees it), none inside another."""
    from pbgdpl.accounts.scope import scope_of

    scope = scope_of(user)
    if unit is not None:
        return [unit] if scope.covers(unit) else []
    if scope.is_admin:
        return list(Unit.objects.filter(parent__isnull=True))
    paths = scope.paths()
    tops = [p for p in paths if not any(p != other and p.startswith(other) for other in paths)]
    return list(Unit.objects.filter(path__in=tops))


def _fact_scope(user: Any, unit: Unit | None) -> QuerySet[ActivityFact]:
    aggregation.ensure_subtrees_current()
    roots = scope_roots(user, unit)
    return ActivityFact.objects.filter(unit__in=roots, subtree=True)


def monthly_by_form(user: Any, year: int, unit: Unit | None = None) -> dict[str, Any]:
    """Activities per month of ``year``, split by form (from the summary table)."""
    facts = _fact_scope(user, unit).filter(audience=0, month__year=year)
    rows = facts.values("month", "form_id").annotate(n=Sum("activities")).order_by()
    forms = {f.pk: f for f in Form.objects.all()}
    series: dict[int, list[int]] = defaultdict(lambda: [0] * 12)
    for row in rows:
        series[row["form_id"]][row["month"].month - 1] += int(row["n"] or 0)
    ordered = sorted(series.items(), key=lambda item: -sum(item[1]))
    return {"months": [f"T{m}" for m in range(1, 13)],
            "series": [(forms[form_id].name, values) for form_id, values in ordered if form_id in forms]}


def participants_by_audience(user: Any, year: int, unit: Unit | None = None) -> list[tuple[str, int, int]]:
    facts = _fact_scope(user, unit).filter(month__year=year).exclude(audience=0)
    rows = dict(facts.values("audience").annotate(p=Sum("participants")).order_by().values_list("audience", "p"))
    women = dict(facts.values("audience").annotate(w=Sum("women")).order_by().values_list("audience", "w"))
    return [(group.name, int(rows.get(group.pk) or 0), int(women.get(group.pk) or 0))
            for group in AudienceGroup.objects.all()]


def year_totals(user: Any, year: int, unit: Unit | None = None) -> dict[str, int]:
    facts = _fact_scope(user, unit).filter(month__year=year, audience=0)
    agg = facts.aggregate(n=Sum("activities"), s=Sum("sessions"), p=Sum("participants"), w=Sum("women"),
                          c=Sum("copies"), k=Sum("cost"))
    return {key: int(value or 0) for key, value in agg.items()}


def plain_group_by(units: Q, start: dt.date, end: dt.date) -> dict[int, dict[str, Any]]:
    """Straight from the activities, no summary table: per form, activities and sums (used to cross-check)."""
    rows = (Activity.objects.filter(date_from__gte=start, date_from__lte=end)
            .filter(unit__in=Unit.objects.filter(units)).values("form_id")
            .annotate(n=Count("id"), s=Sum("sessions"), p=Sum("participants")).order_by())
    return {row["form_id"]: dict(row) for row in rows}


def schedules_for_year(year: int) -> QuerySet[Schedule]:
    return Schedule.objects.filter(year=year).select_related("report_type")


def activities_by_month(qs: QuerySet[Activity]) -> list[dict[str, Any]]:
    return [dict(row) for row in qs.annotate(m=TruncMonth("date_from")).values("m").annotate(n=Count("id"))
            .order_by("m")]

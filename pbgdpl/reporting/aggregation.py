"""Figures from activities: the summary table and the indicator evaluation.

A *cube* maps ``(form_id, audience)`` (audience 0 = everyone) to the summed metrics. It is read from
``ActivityFact`` for whole months inside the window and straight from the activities for the part-months at
its edges, so any data cut-off is exact while the usual month-end cut-offs read only the summary table.
``ActivityFact`` holds each unit's own rows and, for every unit, its whole subtree's rows, so a province's
figures are a read of a few hundred rows. The activity services keep both in step; the subtree rows are
rebuilt on the next read when a unit moves in the tree (``ensure_subtrees_current``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import TruncMonth

from pbgdpl.org.models import Unit

from . import formula
from .models import Activity, ActivityAudience, ActivityFact, FactState, Indicator, Rule

METRICS = ("activities", "sessions", "participants", "women", "copies", "cost")
Key = tuple[int, int]
Cube = dict[Key, dict[str, Decimal]]


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


# --- Keeping the summary table in step ------------------------------------------------------


def fact_deltas(activity: Activity) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The summary rows an activity contributes to: (key, metrics), for its unit and as part of the subtree of
    its unit and of each unit above."""
    month = month_of(activity.date_from)
    base = {"activities": 1, "sessions": activity.sessions, "copies": activity.copies, "cost": activity.cost}
    cells = [(0, {**base, "participants": activity.participants, "women": activity.women})]
    cells += [(row.group_id, {**base, "participants": row.participants, "women": row.women})
              for row in activity.audiences.all()]
    owners = [(activity.unit_id, False)] + [(ancestor, True) for ancestor in Unit.objects.get(
        pk=activity.unit_id).ancestor_ids()]
    return [({"unit_id": unit_id, "subtree": subtree, "month": month, "form_id": activity.form_id,
              "audience": audience}, metrics)
            for unit_id, subtree in owners for audience, metrics in cells]


def apply_deltas(rows: Iterable[tuple[dict[str, Any], dict[str, Any]]], sign: int) -> None:
    """Add (sign=1) or remove (sign=-1) contributions; concurrent writers meet on the unique key."""
    for key, metrics in rows:
        changes = {name: F(name) + sign * value for name, value in metrics.items()}
        if ActivityFact.objects.filter(**key).update(**changes):
            continue
        if sign < 0:  # pragma: no cover - removing what was never added means the table drifted
            raise RuntimeError(f"Summary row missing for {key}")
        try:
            with transaction.atomic():
                ActivityFact.objects.create(**key, **metrics)
        except IntegrityError:
            ActivityFact.objects.filter(**key).update(**changes)


def rebuild_facts(activities: Any = None) -> int:
    """Recompute the whole summary table: the units' own rows with two GROUP BY queries over the activities,
    then the subtree rows with one GROUP BY over those, through a (unit, ancestor) table."""
    activities = Activity.objects.all() if activities is None else activities
    ActivityFact.objects.all().delete()
    totals = (activities.annotate(m=TruncMonth("date_from")).values("unit_id", "m", "form_id")
              .annotate(n=Count("id"), s=Sum("sessions"), p=Sum("participants"), w=Sum("women"), c=Sum("copies"),
                        k=Sum("cost")).order_by())
    groups = (ActivityAudience.objects.filter(activity__in=activities)
              .annotate(m=TruncMonth("activity__date_from"))
              .values("activity__unit_id", "m", "activity__form_id", "group_id")
              .annotate(n=Count("id"), s=Sum("activity__sessions"), p=Sum("participants"), w=Sum("women"),
                        c=Sum("activity__copies"), k=Sum("activity__cost")).order_by())
    made = 0
    batch: list[ActivityFact] = []

    def flush() -> None:
        nonlocal made, batch
        ActivityFact.objects.bulk_create(batch, batch_size=5000)
        made += len(batch)
        batch = []

    for row in totals.iterator(chunk_size=10000):
        batch.append(ActivityFact(unit_id=row["unit_id"], month=_as_date(row["m"]), form_id=row["form_id"], audience=0,
                                  activities=row["n"], sessions=row["s"], participants=row["p"], women=row["w"],
                                  copies=row["c"], cost=row["k"]))
        if len(batch) >= 20000:
            flush()
    for row in groups.iterator(chunk_size=10000):
        batch.append(ActivityFact(unit_id=row["activity__unit_id"], month=_as_date(row["m"]),
                                  form_id=row["activity__form_id"], audience=row["group_id"], activities=row["n"],
                                  sessions=row["s"], participants=row["p"], women=row["w"], copies=row["c"],
                                  cost=row["k"]))
        if len(batch) >= 20000:
            flush()
    flush()
    made += _rebuild_subtrees()
    _mark_current()
    return made


def tree_paths() -> dict[str, str]:
    """Every unit's place in the tree: id → path."""
    return {str(pk): path for pk, path in Unit.objects.values_list("pk", "path")}


def _still_valid(built: dict[str, str], current: dict[str, str]) -> bool:
    """The subtree rows stay right while no unit they know moved (new units change nothing)."""
    return all(current.get(pk, path) == path for pk, path in built.items())


def ensure_subtrees_current() -> None:
    """Rebuild the subtree rows when a unit moved in the tree since they were built. Cheap when nothing moved:
    one read of the unit ids and paths."""
    current = tree_paths()
    state = FactState.objects.filter(key="tree").first()
    if state is not None and state.value == current:
        return
    with transaction.atomic():
        try:
            with transaction.atomic():
                FactState.objects.get_or_create(key="tree", defaults={"value": {}})
        except IntegrityError:
            pass
        state = FactState.objects.select_for_update().get(key="tree")
        if state.value != current and not (state.value and _still_valid(state.value, current)):
            ActivityFact.objects.filter(subtree=True).delete()
            _rebuild_subtrees()
        state.value = current
        state.save(update_fields=["value"])


def _mark_current() -> None:
    FactState.objects.update_or_create(key="tree", defaults={"value": tree_paths()})


def _rebuild_subtrees() -> int:
    table = ActivityFact._meta.db_table
    pairs = [(unit_id, ancestor) for unit_id, path in Unit.objects.values_list("pk", "path")
             for ancestor in [int(p) for p in path.strip("/").split("/") if p]]
    metrics = ", ".join(METRICS)
    sums = ", ".join(f"SUM(f.{m})" for m in METRICS)
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS reporting_tmp_ancestor")
        cursor.execute("CREATE TEMPORARY TABLE reporting_tmp_ancestor (unit_id bigint NOT NULL, ancestor_id bigint NOT NULL)")
        cursor.executemany("INSERT INTO reporting_tmp_ancestor (unit_id, ancestor_id) VALUES (%s, %s)", pairs)
        cursor.execute(
            f"INSERT INTO {table} (unit_id, subtree, month, form_id, audience, {metrics}) "  # noqa: S608 - fixed names
            f"SELECT m.ancestor_id, %s, f.month, f.form_id, f.audience, {sums} FROM {table} f "
            "JOIN reporting_tmp_ancestor m ON m.unit_id = f.unit_id WHERE f.subtree = %s "
            "GROUP BY m.ancestor_id, f.month, f.form_id, f.audience", [True, False])
        made = cursor.rowcount
        cursor.execute("DROP TABLE reporting_tmp_ancestor")
    return max(made, 0)


def _as_date(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


# --- Reading figures --------------------------------------------------------------------------


def _empty() -> dict[str, Decimal]:
    return dict.fromkeys(METRICS, Decimal(0))


def _add(cube: Cube, key: Key, row: dict[str, Any]) -> None:
    cell = cube.setdefault(key, _empty())
    for name in METRICS:
        cell[name] += Decimal(row[name] or 0)


def cube(*, units: list[Unit], subtree: bool, start: dt.date, end: dt.date) -> Cube:
    """Figures of the activities of ``units`` (with everything below them when ``subtree``) dated ``start`` ..
    ``end`` inclusive. The units of a subtree list must not contain one another."""
    result: Cube = {}
    if not units:
        return result
    if subtree:
        ensure_subtrees_current()
    first_full = start if start.day == 1 else _next_month(start)
    after_last_full = month_of(end) if _next_month(end) - dt.timedelta(days=1) != end else _next_month(end)
    sums = {name: Sum(name) for name in METRICS}
    if first_full < after_last_full:
        rows = (ActivityFact.objects.filter(unit_id__in=[u.pk for u in units], subtree=subtree,
                                            month__gte=first_full, month__lt=after_last_full)
                .values("form_id", "audience").annotate(**{f"t_{k}": v for k, v in sums.items()}).order_by())
        for fact in rows:
            row: dict[str, Any] = dict(fact)
            _add(result, (row["form_id"], row["audience"]), {k: row[f"t_{k}"] for k in METRICS})
        edges = [(start, min(end, first_full - dt.timedelta(days=1))), (after_last_full, end)]
    else:
        edges = [(start, end)]
    if subtree:
        unit_filter = Q()
        for unit in units:
            unit_filter |= Q(unit__path__startswith=unit.path)
    else:
        unit_filter = Q(unit_id__in=[u.pk for u in units])
    for lo, hi in edges:
        if lo <= hi:
            _raw(result, unit_filter, lo, hi)
    return result


def _prefixed(units: Q, prefix: str) -> Q:
    """Re-root a filter on Activity's fields under ``prefix`` (``activity``)."""
    out = Q()
    out.connector = units.connector
    out.negated = units.negated
    for child in units.children:
        if isinstance(child, Q):
            out.children.append(_prefixed(child, prefix))
        else:
            name, value = child  # type: ignore[misc]
            out.children.append((f"{prefix}__{name}", value))
    return out


def _raw(result: Cube, unit_filter: Q, lo: dt.date, hi: dt.date) -> None:
    totals = (Activity.objects.filter(unit_filter, date_from__gte=lo, date_from__lte=hi).values("form_id")
              .annotate(activities=Count("id"), sessions=Sum("sessions"), participants=Sum("participants"),
                        women=Sum("women"), copies=Sum("copies"), cost=Sum("cost")).order_by())
    for total in totals:
        _add(result, (total["form_id"], 0), dict(total))
    audience_filter = _prefixed(unit_filter, "activity")
    groups = (ActivityAudience.objects.filter(audience_filter, activity__date_from__gte=lo, activity__date_from__lte=hi)
            .values("activity__form_id", "group_id")
            .annotate(activities=Count("id"), sessions=Sum("activity__sessions"), participants=Sum("participants"),
                      women=Sum("women"), copies=Sum("activity__copies"), cost=Sum("activity__cost")).order_by())
    for group in groups:
        row: dict[str, Any] = dict(group)
        _add(result, (row["activity__form_id"], row["group_id"]), row)


class Lookup:
    """Form and audience codes → ids, read once."""

    def __init__(self) -> None:
        from .models import AudienceGroup, Form

        self.forms = dict(Form.objects.values_list("code", "id"))
        self.audiences = dict(AudienceGroup.objects.values_list("code", "id"))


def from_cube(indicator: Indicator, data: Cube, lookup: Lookup) -> Decimal:
    """The value of a sum/count indicator read from a cube."""
    forms = {lookup.forms[c] for c in indicator.forms if c in lookup.forms} if indicator.forms else None
    audiences = {lookup.audiences[c] for c in indicator.audiences if c in lookup.audiences} \
        if indicator.audiences else {0}
    metric = "activities" if indicator.rule == Rule.COUNT else indicator.metric
    total = Decimal(0)
    for (form_id, audience), cell in data.items():
        if audience in audiences and (forms is None or form_id in forms):
            total += cell[metric]
    return total


def evaluate(indicators: list[Indicator], base: dict[str, Decimal]) -> dict[str, Decimal]:
    """Fill formula indicators from the other values (in dependency order); ``base`` holds the rest."""
    values = dict(base)
    pending = [i for i in indicators if i.rule == Rule.FORMULA]
    for _ in range(len(pending) + 1):
        waiting = []
        for ind in pending:
            needed = formula.names(ind.formula)
            if needed <= values.keys():
                values[ind.code] = formula.evaluate(ind.formula, values).quantize(Decimal("0.01"))
            else:
                waiting.append(ind)
        if not waiting:
            break
        pending = waiting
    for ind in pending:
        values.setdefault(ind.code, Decimal(0))
    return values


def indicator_values(indicators: list[Indicator], data: Cube, manual: dict[str, Decimal] | None = None,
                     lookup: Lookup | None = None) -> dict[str, Decimal]:
    """Every indicator's value for one cube (and the manual entries)."""
    lookup = lookup or Lookup()
    manual = manual or {}
    base: dict[str, Decimal] = {}
    for ind in indicators:
        if ind.rule in (Rule.SUM, Rule.COUNT):
            base[ind.code] = from_cube(ind, data, lookup)
        elif ind.rule == Rule.MANUAL:
            base[ind.code] = manual.get(ind.code, Decimal(0))
    return evaluate(indicators, base)


def activity_filter(indicator: Indicator, lookup: Lookup) -> Q:
    """The activities behind a sum/count indicator (for drill-down)."""
    query = Q()
    if indicator.forms:
        query &= Q(form_id__in=[lookup.forms[c] for c in indicator.forms if c in lookup.forms])
    if indicator.audiences:
        query &= Q(audiences__group_id__in=[lookup.audiences[c] for c in indicator.audiences if c in lookup.audiences])
    return query


def sum_values(rows: Iterable[dict[str, Decimal]]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        for code, value in row.items():
            out[code] += value
    return dict(out)

"""The summary table gives the same figures as a plain SQL GROUP BY over the activities."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from django.db import connection

from pbgdpl.org.models import Unit
from pbgdpl.reporting import aggregation, formula
from pbgdpl.reporting.models import Activity, ActivityAudience, AudienceGroup, Form

from .factories import activity


def _bulk(world, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    units = [world.science_office, world.science_inspect, world.science, world.commune, world.culture]
    forms = list(Form.objects.all())
    groups = list(AudienceGroup.objects.all())
    items = []
    for _ in range(count):
        people = rng.randint(0, 200)
        items.append(Activity(unit=rng.choice(units), title="x", form=rng.choice(forms),
                              date_from=dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 364)),
                              sessions=rng.randint(1, 4), participants=people, women=people // 3,
                              copies=rng.randint(0, 50), cost=Decimal(rng.randint(0, 5) * 100_000)))
    Activity.objects.bulk_create(items)
    ActivityAudience.objects.bulk_create([
        ActivityAudience(activity=item, group=group, participants=item.participants // 2, women=item.women // 2)
        for item in items for group in rng.sample(groups, 2)])
    aggregation.rebuild_facts()


def _sql_group_by(path: str, start: dt.date, end: dt.date) -> dict[tuple[int, int], tuple[int, ...]]:
    out: dict[tuple[int, int], tuple[int, ...]] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.form_id, COUNT(*), SUM(a.sessions), SUM(a.participants), SUM(a.women), SUM(a.copies), "
            "SUM(a.cost) FROM reporting_activity a JOIN org_unit u ON u.id = a.unit_id "
            "WHERE u.path LIKE %s AND a.date_from BETWEEN %s AND %s GROUP BY a.form_id", [path + "%", start, end])
        for row in cursor.fetchall():
            out[(row[0], 0)] = tuple(int(v) for v in row[1:])
        cursor.execute(
            "SELECT a.form_id, g.group_id, COUNT(*), SUM(a.sessions), SUM(g.participants), SUM(g.women), "
            "SUM(a.copies), SUM(a.cost) FROM reporting_activityaudience g "
            "JOIN reporting_activity a ON a.id = g.activity_id JOIN org_unit u ON u.id = a.unit_id "
            "WHERE u.path LIKE %s AND a.date_from BETWEEN %s AND %s GROUP BY a.form_id, g.group_id",
            [path + "%", start, end])
        for row in cursor.fetchall():
            out[(row[0], row[1])] = tuple(int(v) for v in row[2:])
    return out


def _as_tuples(cube: aggregation.Cube) -> dict[tuple[int, int], tuple[int, ...]]:
    return {key: tuple(int(cell[m]) for m in aggregation.METRICS) for key, cell in cube.items()
            if any(cell.values())}


@pytest.mark.parametrize(("start", "end"), [
    (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),   # whole months: summary table only
    (dt.date(2025, 1, 1), dt.date(2025, 5, 31)),    # 6-month cut-off
    (dt.date(2025, 2, 10), dt.date(2025, 11, 20)),  # ragged edges: summary table + raw part-months
    (dt.date(2025, 3, 5), dt.date(2025, 3, 25)),    # inside one month
])
def test_summary_table_equals_plain_group_by(world, start, end):
    _bulk(world, 400)
    for root in (world.province, world.science):
        got = _as_tuples(aggregation.cube(units=[root], subtree=True, start=start, end=end))
        assert got == _sql_group_by(root.path, start, end)


def test_services_keep_the_summary_table_equal_to_a_rebuild(world):
    activity(world.staff, world.science_office, dt.date(2025, 3, 1), participants=9, audiences={"can-bo": (4, 0)})
    activity(world.staff, world.science_office, dt.date(2025, 3, 9), "tu-van", participants=3)
    live = _as_tuples(aggregation.cube(units=list(Unit.objects.filter(parent=None)), subtree=True, start=dt.date(2025, 1, 1),
                                       end=dt.date(2025, 12, 31)))
    aggregation.rebuild_facts()
    rebuilt = _as_tuples(aggregation.cube(units=list(Unit.objects.filter(parent=None)), subtree=True, start=dt.date(2025, 1, 1),
                                          end=dt.date(2025, 12, 31)))
    assert live == rebuilt
    assert live == _sql_group_by("/", dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.mark.parametrize(("text", "expected"), [
    ("A + B * 2", Decimal(7)), ("(A + B) * 2", Decimal(8)), ("A / 0", Decimal(0)), ("-A + 10 / 4", Decimal("1.5")),
    ("B / A * 100", Decimal(300)),
])
def test_formulas_are_evaluated_without_eval(text, expected):
    assert formula.evaluate(text, {"A": Decimal(1), "B": Decimal(3)}) == expected


@pytest.mark.parametrize("text", ["A +", "__import__('os')", "A ** 2", "C + 1", "(A", "A B", ""])
def test_bad_formulas_are_rejected(text):
    with pytest.raises(formula.FormulaError):
        formula.evaluate(text, {"A": Decimal(1)})


def test_moving_a_unit_keeps_subtree_figures_right(world):
    from pbgdpl.org import services as org_services

    activity(world.staff, world.science_office, dt.date(2025, 3, 1), participants=9)
    activity(world.outsider, world.culture, dt.date(2025, 3, 2), participants=4)
    year = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 12, 31)}

    def people(unit):
        cell = aggregation.cube(units=[unit], subtree=True, **year)
        return sum(int(c["participants"]) for (f, a), c in cell.items() if a == 0)

    assert (people(world.science), people(world.culture), people(world.province)) == (9, 4, 13)
    org_services.unit_update(unit=world.science_office, by=world.admin, parent=world.culture)
    world.science.refresh_from_db()
    world.culture.refresh_from_db()
    assert (people(world.science), people(world.culture), people(world.province)) == (0, 13, 13)
    culture = Unit.objects.get(pk=world.culture.pk)
    assert _as_tuples(aggregation.cube(units=[culture], subtree=True, **year)) == \
        _sql_group_by(culture.path, year["start"], year["end"])


def test_a_new_unit_does_not_rebuild_the_subtree_rows(world):
    from pbgdpl.core.testing import make_unit
    from pbgdpl.reporting.models import ActivityFact

    activity(world.staff, world.science_office, dt.date(2025, 3, 1), participants=9)
    aggregation.ensure_subtrees_current()
    before = set(ActivityFact.objects.filter(subtree=True).values_list("pk", flat=True))
    make_unit("Phòng mới", world.science)
    aggregation.ensure_subtrees_current()
    assert set(ActivityFact.objects.filter(subtree=True).values_list("pk", flat=True)) == before

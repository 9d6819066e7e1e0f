#!/usr/bin/env python3
"""How long does the province's annual report take over a large data set?

    .venv/bin/python benchmarks/reporting.py --activities 1000000 --units 1000            # SQLite
    .venv/bin/python benchmarks/reporting.py --activities 1000000 --units 1000 --postgres # throwaway PostgreSQL
    .venv/bin/python benchmarks/reporting.py --database-url postgres://...                # an empty database of yours

Builds, in a temporary data directory (or the given database, which must be empty and disposable): a province
with departments, their internal units and communes (``--units`` in all); ``--activities`` activities of 2025
spread over them, with 1-2 audience groups each, inserted in bulk; the summary table; and an approved annual
report for every unit directly under the province. Then it prints:

- ``aggregate_seconds``: every indicator of the province's annual report computed live over the whole subtree
  (summary table, all 1000 units), the figure the target (< 1 s) is about;
- ``plain_group_by_seconds``: the same figures straight from the activities with GROUP BY (no summary table);
- ``rollup_seconds``: the province's own report as the workflow fills it: own activities + approved reports of
  the units below;
- ``figures_match``: whether the summary table and the plain GROUP BY agree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _postgres() -> Any:
    spec = importlib.util.spec_from_file_location("run_tests", ROOT / "scripts" / "run_tests.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bindir = module.pg_bindir()
    if bindir is None:
        sys.exit("PostgreSQL's binaries (initdb, pg_ctl) are not installed")
    server = module.Postgres(bindir)
    url = server.start()
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE pbgdpl")
    return server, url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--activities", type=int, default=100_000)
    parser.add_argument("--units", type=int, default=1000)
    parser.add_argument("--database-url", help="an EMPTY, disposable database (it is filled)")
    parser.add_argument("--postgres", action="store_true", help="start a throwaway PostgreSQL for the run")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    server = None
    tmp = tempfile.mkdtemp(prefix="pbgdpl-bench-")
    os.environ["PBGDPL_DATA_DIR"] = tmp
    os.environ.pop("DATABASE_URL", None)
    if args.postgres:
        server, url = _postgres()
        os.environ["DATABASE_URL"] = url
    elif args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")
    try:
        return run(args)
    finally:
        if server is not None:
            server.stop()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


def run(args: argparse.Namespace) -> int:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.db.models import Q

    call_command("migrate", verbosity=0, interactive=False)
    from django.db.models import Sum

    from pbgdpl.accounts.models import User
    from pbgdpl.org.models import Unit, UnitType
    from pbgdpl.reporting import aggregation, services
    from pbgdpl.reporting.models import (
        ActivityFact,
        AudienceGroup,
        Form,
        Schedule,
        Status,
        Submission,
        SubmissionValue,
    )

    vendor = connection.vendor
    print(f"database: {vendor}")
    rng = random.Random(args.seed)

    # --- units: province → departments → internal units; communes directly under the province
    started = time.perf_counter()
    total_units = max(args.units, 10)
    departments = max(1, total_units // 25)
    internal_each = max(0, int(total_units * 0.4) // departments)
    communes = total_units - 1 - departments - departments * internal_each
    units: list[Unit] = []
    next_id = 1
    province = Unit(id=next_id, name="UBND tỉnh (thử tải)", type=UnitType.PROVINCE, path=f"/{next_id}/", depth=0)
    units.append(province)
    for d in range(departments):
        next_id += 1
        dept = Unit(id=next_id, name=f"Sở {d + 1}", type=UnitType.DEPARTMENT, parent_id=province.id,
                    path=f"{province.path}{next_id}/", depth=1, sort_order=d)
        units.append(dept)
        for i in range(internal_each):
            next_id += 1
            units.append(Unit(id=next_id, name=f"Phòng {i + 1} Sở {d + 1}", type=UnitType.INTERNAL, parent_id=dept.id,
                              path=f"{dept.path}{next_id}/", depth=2, sort_order=i))
    for c in range(communes):
        next_id += 1
        units.append(Unit(id=next_id, name=f"Xã {c + 1}", type=UnitType.COMMUNE, parent_id=province.id,
                          path=f"{province.path}{next_id}/", depth=1, sort_order=100 + c))
    Unit.objects.bulk_create(units, batch_size=2000)
    admin = User.objects.create_superuser("bench", "bench@example.vn", "bench-pass-123")
    workers = [u for u in units if u.type != UnitType.PROVINCE]

    # --- activities and their audiences, inserted in bulk
    forms = list(Form.objects.values_list("id", flat=True))
    groups = list(AudienceGroup.objects.values_list("id", flat=True))
    base = dt.date(2025, 1, 1)
    now = dt.datetime.now(dt.UTC)
    activity_rows = []
    audience_rows = []
    audience_id = 0
    for activity_id in range(1, args.activities + 1):
        unit = rng.choice(workers)
        people = rng.randint(0, 300)
        women = people * rng.randint(0, 6) // 10
        day = base + dt.timedelta(days=rng.randint(0, 364))
        activity_rows.append((activity_id, unit.id, "Hoạt động thử tải", day, rng.choice(forms), rng.randint(1, 4),
                              people, women, rng.randint(0, 100), rng.randint(0, 20) * 100_000, "", "", now, now))
        for group in rng.sample(groups, rng.randint(1, 2)):
            audience_id += 1
            audience_rows.append((audience_id, activity_id, group, people // 2, women // 2))
    _bulk_insert(connection, "reporting_activity",
                 ["id", "unit_id", "title", "date_from", "form_id", "sessions", "participants", "women", "copies",
                  "cost", "laws", "note", "created_at", "updated_at"], activity_rows)
    _bulk_insert(connection, "reporting_activityaudience", ["id", "activity_id", "group_id", "participants", "women"],
                 audience_rows)
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"build_seconds: {time.perf_counter() - started:.1f} ({len(units)} units, {len(activity_rows)} activities, "
          f"{len(audience_rows)} audience rows)")
    del activity_rows, audience_rows

    started = time.perf_counter()
    with transaction.atomic():
        facts = aggregation.rebuild_facts()
    if vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE reporting_activityfact")
    print(f"summary_build_seconds: {time.perf_counter() - started:.1f} ({facts} summary rows)")

    schedule = Schedule.objects.select_related("indicator_set").get(report_type__code="annual", period="2025")
    indicators = list(schedule.indicator_set.indicators.all())

    # --- approved annual reports of the units under the province (setup, not timed)
    started = time.perf_counter()
    lookup = aggregation.Lookup()
    children = [u for u in units if u.parent_id == province.id]
    cube_by_unit: dict[int, aggregation.Cube] = {}
    rows = (ActivityFact.objects.filter(subtree=False, month__gte=schedule.start, month__lte=schedule.cutoff)
            .values("unit_id", "form_id", "audience")
            .annotate(**{m: Sum(m) for m in aggregation.METRICS}).order_by())
    by_id = {u.id: u for u in units}
    for row in rows:
        top = by_id[row["unit_id"]].path.strip("/").split("/")
        if len(top) < 2:
            continue
        aggregation._add(cube_by_unit.setdefault(int(top[1]), {}), (row["form_id"], row["audience"]), row)
    now_aware = dt.datetime.now(dt.UTC)
    subs = Submission.objects.bulk_create([
        Submission(unit=child, schedule=schedule, status=Status.APPROVED, first_submitted_at=now_aware,
                   submitted_at=now_aware, decided_at=now_aware) for child in children])
    values = []
    for sub in subs:
        figures = aggregation.indicator_values(indicators, cube_by_unit.get(sub.unit_id, {}), {}, lookup)
        values += [SubmissionValue(submission=sub, indicator=ind, own=figures[ind.code], total=figures[ind.code])
                   for ind in indicators]
    SubmissionValue.objects.bulk_create(values, batch_size=5000)
    print(f"child_reports_seconds: {time.perf_counter() - started:.1f} ({len(subs)} approved reports)")

    # --- the measurements
    window = {"start": schedule.start, "end": schedule.cutoff}
    started = time.perf_counter()
    live = aggregation.indicator_values(
        indicators, aggregation.cube(units=[province], subtree=True, **window), {}, aggregation.Lookup())
    aggregate_seconds = time.perf_counter() - started

    started = time.perf_counter()
    plain: aggregation.Cube = {}
    aggregation._raw(plain, Q(unit__path__startswith=province.path), schedule.start, schedule.cutoff)
    from_activities = aggregation.indicator_values(indicators, plain, {}, aggregation.Lookup())
    plain_seconds = time.perf_counter() - started

    started = time.perf_counter()
    report = services.submission_create(by=admin, unit=province, schedule=schedule)
    rollup_seconds = time.perf_counter() - started
    rolled = {v.indicator.code: v.total for v in report.values.select_related("indicator")}

    print(f"aggregate_seconds: {aggregate_seconds:.3f}")
    print(f"plain_group_by_seconds: {plain_seconds:.3f}")
    print(f"rollup_seconds: {rollup_seconds:.3f}")
    match = live == from_activities and all(rolled[code] == live[code] for code in live
                                            if not code.startswith(("KP_GIAO", "KP_TYLE", "TS_HIENCO", "BCV", "TTV")))
    print(f"figures_match: {str(match).lower()}")
    print(f"province TONG_HD={live['TONG_HD']} TONG_NG={live['TONG_NG']} KP_CHI={live['KP_CHI']}")
    return 0 if match else 1


def _bulk_insert(connection: Any, table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """COPY on PostgreSQL, chunked executemany on SQLite."""
    from django.db import transaction

    names = ", ".join(columns)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            raw = cursor.cursor
            with raw.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(columns))
            for start in range(0, len(rows), 50_000):
                cursor.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})",  # noqa: S608 - fixed names
                                   rows[start:start + 50_000])


if __name__ == "__main__":
    sys.exit(main())

"""Plans at province scale: the province dashboard and a plan page, median render time.

Builds a throwaway SQLite data directory with a province of 30 departments, 50 issued plans of 40 tasks
each (one lead and two coordinating departments per task, reports in every state, a few waiting for a
trigger, 10 weekly snapshots per plan), then renders through the Django test client:

- the province dashboard (``/can-bo/theo-doi/``) as the province-level reviewer (sees all 50 plans);
- a plan page (``/can-bo/ke-hoach/<id>/``) with its 40 tasks, roll-up and assignments, as a department's focal point;
- the staff home (``/can-bo/``) with the plans widgets, as the same focal point.

    .venv/bin/python benchmarks/plans_dashboard.py [--requests 30]

Target: median < 200 ms for the dashboard and the plan page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")
DATA_DIR = tempfile.mkdtemp(prefix="pbgdpl-plans-bench-")
os.environ["PBGDPL_DATA_DIR"] = DATA_DIR
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("PBGDPL_DEBUG", "0")

PLANS, TASKS, UNITS = 50, 40, 30


def build() -> dict[str, Any]:
    from django.core.management import call_command
    from django.utils import timezone

    from pbgdpl.accounts.models import RoleAssignment, User
    from pbgdpl.accounts.roles import Role
    from pbgdpl.core.testing import make_unit
    from pbgdpl.org.models import UnitType
    from pbgdpl.plans.models import (
        Assignment,
        AssignmentRole,
        Plan,
        PlanSnapshot,
        PlanStatus,
        ProgressReport,
        Task,
        TaskState,
    )

    call_command("migrate", verbosity=0)
    rng = random.Random(2024)
    today = timezone.localdate()
    province = make_unit("Ủy ban nhân dân tỉnh", type=UnitType.PROVINCE, abbreviation="UBND")
    units = [make_unit(f"Sở số {i + 1}", province, abbreviation=f"S{i + 1}", sort_order=i) for i in range(UNITS)]
    reviewer = User.objects.create_user("reviewer", password="x-bench-pass", unit=province)
    RoleAssignment.objects.create(user=reviewer, role=Role.REVIEWER, unit=province)
    focal = User.objects.create_user("focal", password="x-bench-pass", unit=units[1])  # plan 2 is its unit's
    RoleAssignment.objects.create(user=focal, role=Role.FOCAL, unit=units[1])

    states = [TaskState.DONE, TaskState.DONE_LATE, TaskState.IN_PROGRESS, TaskState.IN_PROGRESS, TaskState.NOT_STARTED,
              TaskState.NOT_DONE]
    plans = Plan.objects.bulk_create([
        Plan(unit=province if p % 5 == 0 else units[p % UNITS], number=p + 1, symbol="KH-X", year=today.year,
             date=dt.date(today.year, 1, 15), title=f"Kế hoạch thử số {p + 1}", status=PlanStatus.ISSUED)
        for p in range(PLANS)
    ])
    tasks: list[Task] = []
    for plan in plans:
        for t in range(TASKS):
            waiting = t % 10 == 9
            due = dt.date(today.year, 1, 15) + dt.timedelta(days=rng.randrange(20, 500))
            tasks.append(Task(plan=plan, code=str(t + 1), position=t, title=f"Nhiệm vụ {t + 1} của {plan.title}",
                              timeframe="khi có hướng dẫn" if waiting else "Năm nay", due_date=None if waiting else due,
                              trigger_text="khi có hướng dẫn của Sở Tư pháp" if waiting else "",
                              state=rng.choice(states), percent=rng.randrange(0, 101)))
    Task.objects.bulk_create(tasks, batch_size=500)
    tasks = list(Task.objects.order_by("pk"))
    lead_links, coord_links, assignments = [], [], []
    for task in tasks:
        picked = rng.sample(units, 3)
        lead_links.append(Task.lead_units.through(task_id=task.pk, unit_id=picked[0].pk))
        for unit in picked[1:]:
            coord_links.append(Task.coordinating_units.through(task_id=task.pk, unit_id=unit.pk))
        assignments.append(Assignment(task=task, unit=picked[0], role=AssignmentRole.LEAD, state=task.state,
                                      percent=task.percent))
        for unit in picked[1:]:
            assignments.append(Assignment(task=task, unit=unit, role=AssignmentRole.COORDINATING,
                                          state=rng.choice(states), percent=rng.randrange(0, 101)))
    Task.lead_units.through.objects.bulk_create(lead_links, batch_size=1000)
    Task.coordinating_units.through.objects.bulk_create(coord_links, batch_size=1000)
    Assignment.objects.bulk_create(assignments, batch_size=1000)
    reports = [ProgressReport(assignment=a, task_id=a.task_id, state=a.state, percent=a.percent, note="Báo cáo thử")
               for a in Assignment.objects.filter(role=AssignmentRole.LEAD).exclude(state=TaskState.NOT_STARTED)]
    ProgressReport.objects.bulk_create(reports, batch_size=1000)
    PlanSnapshot.objects.bulk_create([
        PlanSnapshot(plan=plan, on=today - dt.timedelta(weeks=w), done=TASKS * (10 - w) // 20, total=TASKS,
                     percent=(10 - w) * 5)
        for plan in plans for w in range(10, 0, -1)
    ], batch_size=1000)
    # A plan of the focal point's department, with tasks derived by other departments (the roll-up).
    mine = plans[1]
    parent_tasks = tasks[:TASKS]
    derived = [Task(plan=plans[2 + i % 10], code=f"D{i}", position=100 + i, title="Nhiệm vụ triển khai",
                    parent_plan_task=parent_tasks[i % TASKS], state=TaskState.IN_PROGRESS, percent=50)
               for i in range(40)]
    Task.objects.bulk_create(derived)
    return {"reviewer": reviewer, "focal": focal, "plan": mine, "plans": len(plans), "tasks": Task.objects.count(),
            "assignments": Assignment.objects.count()}


def measure(client: object, url: str, n: int) -> tuple[float, float, int]:
    from django.core import signals
    from django.db import close_old_connections, connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    # Count queries on one request with the per-request connection close switched off (it would reset the log).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)  # type: ignore[attr-defined]
        assert response.status_code == 200, (url, response.status_code)
    n_queries = len(queries)  # before the next request resets the query log
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)
    for _ in range(n):
        start = time.perf_counter()
        response = client.get(url)  # type: ignore[attr-defined]
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.9) - 1], n_queries


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    try:
        start = time.perf_counter()
        data = build()
        print(f"built {data['plans']} plans, {data['tasks']} tasks, {data['assignments']} assignments, "
              f"{UNITS} departments in {time.perf_counter() - start:.1f} s ({DATA_DIR})")
        client = Client()
        rows = []
        client.force_login(data["reviewer"])
        rows.append(("province dashboard /can-bo/theo-doi/ (reviewer, 50 plans)", "/can-bo/theo-doi/"))
        results = [(rows[0][0], *measure(client, rows[0][1], args.requests))]
        client.force_login(data["focal"])
        plan = data["plan"]
        for label, url in ((f"plan page /can-bo/ke-hoach/{plan.pk}/ (focal, 40 tasks)", f"/can-bo/ke-hoach/{plan.pk}/"),  # type: ignore[attr-defined]
                           ("staff home /can-bo/ with plan widgets (focal)", "/can-bo/"),
                           ("my tasks /can-bo/nhiem-vu-cua-toi/ (focal)", "/can-bo/nhiem-vu-cua-toi/")):
            results.append((label, *measure(client, url, args.requests)))
        print(f"{'page':<62} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
        for label, median, p90, queries in results:
            print(f"{label:<62} {median:>10.1f} {p90:>8.1f} {queries:>8}")
        worst = max(r[1] for r in results[:2])
        print(f"target median < 200 ms for dashboard and plan page: {'met' if worst < 200 else 'NOT met'}")
    finally:
        shutil.rmtree(DATA_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()

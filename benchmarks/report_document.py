#!/usr/bin/env python3
"""Time to generate a province's annual narrative report (DOCX) from the data.

Usage: .venv/bin/python benchmarks/report_document.py [--runs 5] [--extra 0] [--data-dir DIR]

Builds a throwaway data directory with the demo data (SQLite; or uses --data-dir as it is), optionally adds
``--extra`` generated activities spread over every unit in 2025, the province included (the summary table is
rebuilt; the province's own activities are read live, the units below count through their reports), then times
``pbgdpl.narrative.services.generate`` for the province (report type ``annual``, period ``2025``): the figures
(statistics of the province and the approved reports below, plan progress, register), the rendered sections
and the DOCX. Prints each run and the median and worst in seconds; the target is under 5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def add_activities(count: int) -> None:
    import datetime as dt
    import random

    from pbgdpl.org.models import Unit, UnitType
    from pbgdpl.reporting import aggregation
    from pbgdpl.reporting.models import Activity, ActivityAudience, AudienceGroup, Form

    rng = random.Random(6)
    # the province's own activities too: its report reads them live, the units below through their reports
    units = list(Unit.objects.exclude(type=UnitType.COUNCIL).active_on(dt.date(2025, 9, 1)))
    forms = list(Form.objects.all())
    groups = list(AudienceGroup.objects.all())
    rows = []
    for _ in range(count):
        people = rng.randint(0, 300)
        rows.append(Activity(unit=rng.choice(units), title="Hoạt động phổ biến pháp luật (sinh thêm)",
                             date_from=dt.date(2025, 7, 1) + dt.timedelta(days=rng.randint(0, 150)),
                             form=rng.choice(forms), sessions=rng.randint(1, 3), participants=people,
                             women=people // 2))
    Activity.objects.bulk_create(rows, batch_size=2000)
    ActivityAudience.objects.bulk_create([ActivityAudience(activity=a, group=rng.choice(groups),
                                                           participants=a.participants, women=a.women)
                                          for a in rows if a.participants], batch_size=2000)
    aggregation.rebuild_facts()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--extra", type=int, default=0, help="generated activities to add (2025)")
    parser.add_argument("--data-dir", default="")
    parser.add_argument("--pdf", action="store_true", help="also time one PDF conversion (LibreOffice)")
    args = parser.parse_args()
    tmp = None
    if args.data_dir:
        data_dir = args.data_dir
    else:
        tmp = tempfile.TemporaryDirectory(prefix="pbgdpl-bench-report-")
        data_dir = tmp.name
        env = dict(os.environ, PBGDPL_DATA_DIR=data_dir)
        env.pop("DATABASE_URL", None)
        started = time.perf_counter()
        subprocess.run([str(BIN / "pbgdpl"), "demo", "--migrate", "--quiet"], cwd=ROOT, env=env, check=True,  # noqa: S603
                       stdout=subprocess.DEVNULL)
        print(f"demo data loaded in {time.perf_counter() - started:.1f} s ({data_dir})")
    os.environ["PBGDPL_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import transaction

    from pbgdpl.accounts.models import User
    from pbgdpl.narrative import selectors, services
    from pbgdpl.org.models import Unit
    from pbgdpl.reporting.models import Activity

    if args.extra:
        with transaction.atomic():
            add_activities(args.extra)
    province = Unit.objects.get(parent=None)
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    schedule = selectors.schedule_for("annual", "2025")
    print(f"activities: {Activity.objects.count()}, units: {Unit.objects.count()}, province: {province.name}")
    times = []
    for run in range(1, args.runs + 1):
        started = time.perf_counter()
        made = services.generate(by=admin, unit=province, schedule=schedule)
        elapsed = time.perf_counter() - started
        times.append(elapsed)
        print(f"run {run}: {elapsed:.3f} s, {len(made.content):,} bytes, draft={made.figures.is_draft}, "
              f"missing units={len(made.figures.statistics.missing)}, "
              f"participants={made.figures.values['participants_total']}")
    print(f"median {statistics.median(times):.3f} s, worst {max(times):.3f} s (target < 5 s)")
    if args.pdf:
        from pbgdpl.narrative import document

        if not document.pdf_available():
            print("PDF: LibreOffice (soffice) is not installed")
        else:
            started = time.perf_counter()
            pdf = document.to_pdf(made.content)
            print(f"PDF conversion: {time.perf_counter() - started:.3f} s, {len(pdf):,} bytes")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()

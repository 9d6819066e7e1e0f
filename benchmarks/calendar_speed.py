"""Working-day calendar speed: the cost of deadline arithmetic once the holiday table is cached.

A throwaway SQLite data directory is migrated (the data migration seeds the 2020-2035 holidays), then:

- cold: the first ``add_working_days`` of a process (reads the holiday table: one query);
- ``add_working_days(d, 10)`` and ``add_working_days(d, -10)`` from 10,000 random dates of 2020-2035;
- ``working_days_between`` over one year, and over 2020-2035;
- ``pbgdpl holidays seed`` on a seeded database (nothing to write).

    .venv/bin/python benchmarks/calendar_speed.py
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")
DATA_DIR = tempfile.mkdtemp(prefix="pbgdpl-calendar-bench-")
os.environ["PBGDPL_DATA_DIR"] = DATA_DIR
os.environ.pop("DATABASE_URL", None)


def main() -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    from pbgdpl.core import calendar

    call_command("migrate", verbosity=0)
    calendar.clear_cache()
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        calendar.add_working_days(dt.date(2025, 1, 24), 10)
        cold = time.perf_counter() - start
    print(f"cold add_working_days: {cold * 1000:.2f} ms, {len(queries)} query")

    rng = random.Random(7)
    days = [dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(16 * 365)) for _ in range(10_000)]
    calendar._entries(2019, 2036)
    for n in (10, -10):
        timings = []
        for day in days:
            start = time.perf_counter()
            calendar.add_working_days(day, n)
            timings.append(time.perf_counter() - start)
        print(f"add_working_days(d, {n:+d}) x10000: median {statistics.median(timings) * 1e6:.1f} µs, "
              f"p95 {sorted(timings)[9500] * 1e6:.1f} µs")
    start = time.perf_counter()
    year = calendar.working_days_between(dt.date(2024, 12, 31), dt.date(2025, 12, 31))
    print(f"working_days_between over 2025 ({year} days): {(time.perf_counter() - start) * 1e6:.0f} µs")
    start = time.perf_counter()
    total = calendar.working_days_between(dt.date(2019, 12, 31), dt.date(2035, 12, 31))
    print(f"working_days_between over 2020-2035 ({total} days): {(time.perf_counter() - start) * 1e3:.2f} ms")
    start = time.perf_counter()
    call_command("holidays", "seed", stdout=StringIO())
    print(f"holidays seed on a seeded database: {(time.perf_counter() - start) * 1e3:.0f} ms")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(DATA_DIR, ignore_errors=True)

"""Seed Vietnam's holiday schedule 2020-2035 (pbgdpl/core/data/holidays_vn.json, from `pbgdpl holidays export`).

Rows that already exist are left alone; `pbgdpl holidays seed` refreshes the table later.
"""

import datetime as dt
import json
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "holidays_vn.json"


def seed(apps, schema_editor):
    Holiday = apps.get_model("core", "Holiday")
    days = json.loads(DATA.read_text(encoding="utf-8"))
    existing = set(Holiday.objects.values_list("date", flat=True))
    Holiday.objects.bulk_create(
        Holiday(date=dt.date.fromisoformat(day["date"]), name=day["name"], kind=day["kind"], source=day["source"])
        for day in days
        if dt.date.fromisoformat(day["date"]) not in existing
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

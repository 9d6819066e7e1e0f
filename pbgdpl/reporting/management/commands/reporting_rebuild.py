"""Recompute the activity summary table from the activities (after a bulk load or a restore)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from pbgdpl.reporting.aggregation import rebuild_facts


class Command(BaseCommand):
    help = "Tính lại bảng tổng hợp hoạt động."

    def handle(self, *args: Any, **options: Any) -> None:
        with transaction.atomic():
            made = rebuild_facts()
        self.stdout.write(f"{made} dòng tổng hợp.")

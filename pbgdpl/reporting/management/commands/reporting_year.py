"""Add a year's report calendar (6-month, annual, official annual) with the default dates and form."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from pbgdpl.reporting import defaults
from pbgdpl.reporting.models import Deadline, IndicatorSet, ReportType, Schedule


class Command(BaseCommand):
    help = "Tạo các kỳ báo cáo của một năm."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("year", type=int)
        parser.add_argument("--indicator-set", default=defaults.DEFAULT_SET)

    def handle(self, *args: Any, **options: Any) -> None:
        iset = IndicatorSet.objects.get(code=options["indicator_set"])
        made = defaults.add_schedules({"ReportType": ReportType, "Schedule": Schedule, "Deadline": Deadline},
                                      options["year"], iset)
        self.stdout.write(f"Đã tạo {made} kỳ báo cáo năm {options['year']}.")

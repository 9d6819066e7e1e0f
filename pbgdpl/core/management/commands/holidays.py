from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pbgdpl.core import calendar, vn_holidays
from pbgdpl.core.models import Holiday


class Command(BaseCommand):
    help = (
        "Lịch nghỉ lễ: 'seed' nạp lịch nghỉ lễ Việt Nam (an toàn khi chạy lại, không ghi đè ngày quản trị viên đã "
        "sửa), 'list' in lịch một năm, 'export' in lịch tính được dưới dạng JSON"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["seed", "list", "export"])
        parser.add_argument("--from", dest="first", type=int, default=vn_holidays.FIRST_YEAR)
        parser.add_argument("--to", dest="last", type=int, default=vn_holidays.LAST_YEAR)
        parser.add_argument("--year", type=int, help="năm cần in (list)")

    def handle(self, *args: Any, **options: Any) -> None:
        first, last = options["first"], options["last"]
        if not 1901 <= first <= last <= 2099:
            raise CommandError("--from/--to: cần 1901 <= from <= to <= 2099")
        action = options["action"]
        if action == "export":
            days = [day.as_json() for day in vn_holidays.schedule_range(first, last)]
            lines = ",\n".join(" " + json.dumps(day, ensure_ascii=False) for day in days)
            self.stdout.write(f"[\n{lines}\n]")
        elif action == "seed":
            result = calendar.holidays_seed(days=vn_holidays.schedule_range(first, last))
            self.stdout.write(
                f"{first}-{last}: thêm {result.created}, cập nhật {result.updated}, giữ nguyên {result.unchanged}, "
                f"bỏ qua {len(result.kept)} ngày do quản trị viên sửa hoặc xoá"
            )
        else:
            year = options["year"] or first
            for row in Holiday.objects.filter(date__year=year):
                kind = "làm bù" if row.kind == "workday" else "nghỉ"
                weekday = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")[row.date.weekday()]
                self.stdout.write(f"{row.date:%d/%m/%Y} {weekday}  {kind:<6} {row.source:<8} {row.name}")

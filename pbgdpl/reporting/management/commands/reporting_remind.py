"""Cron: remind units whose report is due soon (default 7 and 1 days before). Safe to run often."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pbgdpl.core.views import parse_date_param, today
from pbgdpl.reporting.reminders import due_reminders


class Command(BaseCommand):
    help = "Gửi nhắc hạn báo cáo (mỗi đơn vị, mỗi mốc chỉ một lần)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", help="ngày tính (dd/mm/yyyy hoặc yyyy-mm-dd), mặc định hôm nay")
        parser.add_argument("--days", default="7,1", help="số ngày trước hạn, ví dụ 7,1")

    def handle(self, *args: Any, **options: Any) -> None:
        on = parse_date_param(options.get("today"), today())
        if on is None:
            raise CommandError("--today: ngày không hợp lệ")
        try:
            days = tuple(int(d) for d in str(options["days"]).split(",") if d.strip())
        except ValueError:
            raise CommandError("--days: danh sách số nguyên, ví dụ 7,1") from None
        sent = due_reminders(today=on, days=days or (7, 1))
        for item in sent:
            self.stdout.write(f"{item.unit.name}: {item.schedule} hạn {item.due:%d/%m/%Y} "
                              f"({item.stage}) → {', '.join(item.recipients) or 'không có địa chỉ'}")
        self.stdout.write(f"Đã gửi {len(sent)} nhắc hạn.")

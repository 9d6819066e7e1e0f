from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from pbgdpl.core.views import parse_date_param, today
from pbgdpl.plans.reminders import send_reminders


class Command(BaseCommand):
    help = ("Nhắc việc: nhiệm vụ sắp đến hạn và quá hạn (thông báo trong hệ thống và thư điện tử cho đầu mối "
            "của đơn vị chủ trì và đơn vị phối hợp); chạy hằng ngày bằng cron, chạy lại không gửi trùng")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, default=7, help="số ngày trước hạn coi là sắp đến hạn (mặc định 7)")
        parser.add_argument("--today", help="ngày tính (dd/mm/yyyy), mặc định hôm nay")

    def handle(self, *args: Any, **options: Any) -> None:
        on = parse_date_param(options.get("today"), today()) or today()
        result = send_reminders(today=on, days_ahead=options["days"])
        self.stdout.write(
            f"{on:%d/%m/%Y}: sắp đến hạn {result.due_soon}, quá hạn {result.overdue}, "
            f"đơn vị phối hợp {result.coordinating}, "
            f"thông báo {result.notifications}, bỏ qua (đã gửi) {result.skipped}, ảnh chụp tiến độ {result.snapshots}"
        )

from __future__ import annotations

import importlib
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu (an toàn khi chạy lại: phần đã có được bỏ qua) và in tài khoản đăng nhập"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quiet", action="store_true")
        parser.add_argument("--migrate", action="store_true",
                            help="Áp dụng migration trước (một tiến trình thay vì hai: make run nhanh hơn)")

    def handle(self, *args: Any, **options: Any) -> None:
        log = (lambda _msg: None) if options["quiet"] else (lambda msg: self.stdout.write(f"  {msg}"))
        if options["migrate"]:
            from django.core.management import call_command

            call_command("migrate", interactive=False, verbosity=0)
        loaders = []
        for app in settings.INSTALLED_APPS:
            if not app.startswith("pbgdpl."):
                continue
            try:
                module = importlib.import_module(f"{app}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app}.demo":
                    raise
                continue
            loaders.append((getattr(module, "ORDER", 100), app, module))
        for _, _app, module in sorted(loaders, key=lambda item: item[0]):
            with transaction.atomic():
                module.load(log)
        from pbgdpl.accounts.demo import logins

        self.stdout.write("\nTài khoản dùng thử (mật khẩu giống nhau):")
        for username, password, role in logins():
            self.stdout.write(f"  {username:<16} {password}   {role}")

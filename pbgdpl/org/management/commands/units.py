from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pbgdpl.accounts.models import User
from pbgdpl.org import transfer


class Command(BaseCommand):
    help = "Xuất hoặc nhập cơ cấu đơn vị (CSV/JSON). Ví dụ: pbgdpl units export --format json"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="Xuất ra stdout hoặc tệp")
        export.add_argument("--format", choices=["json", "csv"], default="json")
        export.add_argument("--output", "-o", help="Tệp đích (mặc định: stdout)")
        imp = sub.add_parser("import", help="Nhập từ tệp; lỗi ở một dòng thì không nhập gì")
        imp.add_argument("file")
        imp.add_argument("--format", choices=["json", "csv"], help="Mặc định theo đuôi tệp")
        imp.add_argument("--as-user", default=None, help="Tài khoản quản trị ghi vào nhật ký")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "export":
            text = transfer.export_json() if options["format"] == "json" else transfer.export_csv()
            if options.get("output"):
                Path(options["output"]).write_text(text, encoding="utf-8")
            else:
                sys.stdout.write(text + ("\n" if not text.endswith("\n") else ""))
            return
        path = Path(options["file"])
        fmt = options.get("format") or path.suffix.lstrip(".").lower()
        if fmt not in ("json", "csv"):
            raise CommandError("Định dạng phải là json hoặc csv")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Không đọc được {path}: {error}") from None
        user = self._actor(options.get("as_user"))
        try:
            result = transfer.import_units(rows=transfer.parse(text, fmt), by=user)
        except transfer.ImportError_ as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Đã nhập: {result['created']} mới, {result['updated']} cập nhật")

    def _actor(self, username: str | None) -> User:
        users = User.objects.filter(is_superuser=True, is_active=True)
        if username:
            users = User.objects.filter(username=username)
        user = users.first()
        if user is None:
            raise CommandError("Cần một tài khoản quản trị (--as-user)")
        return user

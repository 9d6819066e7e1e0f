"""``pbgdpl import-plan FILE --json``: read a plan file and print what was found; writes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from pbgdpl.plans.importer import PlanImportError, extract


class Command(BaseCommand):
    help = "Đọc một kế hoạch (.docx, .pdf, .txt, .md) và in các nhiệm vụ tìm thấy; không ghi gì vào cơ sở dữ liệu"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="In kết quả dạng JSON")
        parser.add_argument(
            "--no-units",
            action="store_true",
            help="Không dùng tên các đơn vị trong cây đơn vị để tách danh sách đơn vị (chỉ dùng quy tắc)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp “{path}”.")
        try:
            result = extract(path, known_names=None if options["no_units"] else self._tree_names(options["verbosity"]))
        except PlanImportError as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
            return
        self.stdout.write(f"{result['title']} — {result['number'] or 'chưa có số'} — năm {result['year']}")
        for task in result["tasks"]:
            indent = "  " * task["code"].count(".")
            lead = ", ".join(task["lead_units"]) or "—"
            self.stdout.write(f"{indent}{task['code']}. {task['title']} [{lead}] {task['deadline'] or ''}")
        for warning in result["warnings"]:
            self.stderr.write(f"Cảnh báo: {warning}")

    def _tree_names(self, verbosity: int) -> list[str] | None:
        """The names of today's unit tree, or None when the database cannot be read (not set up, not
        migrated, no connection allowed): the command then reads the file with its rules alone, as with
        --no-units."""
        from pbgdpl.plans.importer.matching import tree_names

        try:
            names = tree_names(dt.date.today())  # noqa: DTZ011 - the tree as of a calendar day
        except (DatabaseError, RuntimeError) as error:  # RuntimeError: connections blocked (pytest-django)
            if verbosity > 1:
                self.stderr.write(f"Không đọc được cây đơn vị ({error}); chỉ dùng quy tắc để tách tên đơn vị.")
            return None
        if verbosity > 1:
            self.stderr.write(f"Dùng {len(names)} tên đơn vị của cây đơn vị.")
        return names or None

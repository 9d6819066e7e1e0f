"""``pbgdpl import-plan FILE --json``: read a plan file and print what was found; writes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pbgdpl.plans.importer import PlanImportError, extract


class Command(BaseCommand):
    help = "Đọc một kế hoạch (.docx, .pdf, .txt, .md) và in các nhiệm vụ tìm thấy; không ghi gì vào cơ sở dữ liệu"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="In kết quả dạng JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp “{path}”.")
        try:
            result = extract(path)
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

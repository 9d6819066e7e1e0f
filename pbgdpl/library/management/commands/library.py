"""`pbgdpl library import PATH` (a file or a directory of .txt / .jsonl / .docx / .pdf / .zip) and
`pbgdpl library reindex` (rebuild the search index from the database)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pbgdpl.library import services


class Command(BaseCommand):
    help = "Thư viện pháp luật: nhập văn bản (import PATH) và xây dựng lại chỉ mục tìm kiếm (reindex)."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="nhập một tệp hoặc cả thư mục (.txt, .jsonl, .docx, .pdf, .zip)")
        imp.add_argument("path", type=Path)
        imp.add_argument("--quiet", action="store_true", help="không in tiến độ")
        sub.add_parser("reindex", help="xây dựng lại chỉ mục tìm kiếm từ cơ sở dữ liệu")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "reindex":
            started = time.perf_counter()
            count = services.reindex_all()
            self.stdout.write(f"Đã lập chỉ mục {count} điều trong {time.perf_counter() - started:.1f} s.")
            return
        path: Path = options["path"]
        if not path.exists():
            raise CommandError(f"Không tìm thấy {path}")
        tty = not options["quiet"] and self.stdout.isatty() if hasattr(self.stdout, "isatty") else False
        width = 0

        def progress(done: int, total: int, label: str, summary: services.ImportSummary) -> None:
            nonlocal width
            if options["quiet"]:
                return
            line = f"[{done:>{len(str(total))}}/{total}] {label[:70]}"
            if tty:
                sys.stdout.write("\r" + line.ljust(width))
                sys.stdout.flush()
                width = max(width, len(line))
            else:
                self.stdout.write(line)

        started = time.perf_counter()
        summary = services.import_path(path, progress=progress)
        if tty:
            sys.stdout.write("\n")
        for message in summary.messages:
            self.stderr.write(f"! {message}")
        self.stdout.write(
            f"Xong trong {time.perf_counter() - started:.1f} s: {summary.created} mới, {summary.updated} cập nhật, "
            f"{summary.unchanged} không đổi, {summary.failed} lỗi (trên {summary.total})."
        )
        if summary.total and summary.failed == summary.total:
            raise CommandError("Không nhập được văn bản nào.")

"""Plan import speed and quality.

Builds a long plan (about 20 pages: 15 groups of 8 tasks with "+ Đơn vị chủ trì:" bullets, and a
task table of 96 rows in 12 groups) as DOCX and PDF, then times ``extract`` on each (median of 5 runs after one
warm-up). Also prints task recall and field accuracy over the eight hand-written test plans
(pbgdpl/plans/importer/tests/plans.py) read from DOCX, PDF and text.

    .venv/bin/python benchmarks/plan_import.py
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")

import django  # noqa: E402

django.setup()

from pypdf import PdfReader  # noqa: E402

from pbgdpl.plans.importer import extract  # noqa: E402
from pbgdpl.plans.importer.tests import render  # noqa: E402
from pbgdpl.plans.importer.tests.measure import score  # noqa: E402
from pbgdpl.plans.importer.tests.plans import GIO_LINH, NGHE_AN, PLANS, G, Plan, T  # noqa: E402

UNITS = ["Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở", "Thanh tra Sở", "Phòng Hành chính tư pháp"]
COORD = ["Sở Văn hóa, Thể thao và Du lịch", "UBND các huyện, thị xã, thành phố", "Công an tỉnh", "Tỉnh đoàn"]
TIMES = ["Quý I/2025", "Quý II, III/2025", "Cả năm", "Từ ngày 01/11 đến ngày 09/11/2025", "Khi có yêu cầu"]


def long_plan(layout: str, groups: int, per_group: int) -> Plan:
    items: list[G | T] = []
    for g in range(groups):
        tasks = [
            T(
                f"Nhiệm vụ {g + 1}.{i + 1}: tổ chức tuyên truyền, phổ biến pháp luật chuyên đề số {i + 1} cho cán bộ, "
                "công chức, viên chức và người lao động, kết hợp hội nghị trực tuyến và tài liệu in",
                [UNITS[(g + i) % 4]],
                [COORD[i % 4], COORD[(i + 1) % 4]],
                TIMES[(g + i) % 5],
                "2025-12-31",
                products=["Báo cáo kết quả", "tài liệu tuyên truyền"],
            )
            for i in range(per_group)
        ]
        items.append(G(f"Nhóm nhiệm vụ thứ {g + 1} về phổ biến, giáo dục pháp luật", tasks))
    base = GIO_LINH if layout == "table" else NGHE_AN
    return Plan(**{**base.__dict__, "slug": f"long-{layout}", "layout": layout, "items": items})


def timed(data: bytes, name: str, runs: int = 5) -> tuple[float, int]:
    extract(data, name)
    times = []
    tasks = 0
    for _ in range(runs):
        start = time.perf_counter()
        got = extract(data, name)
        times.append(time.perf_counter() - start)
        tasks = len(got["tasks"])
    return statistics.median(times), tasks


def print_with_libreoffice(documents: dict[str, bytes]) -> dict[str, bytes] | None:
    """Word files printed to PDF by LibreOffice (wrapped cells and letterheads as offices produce them)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        for name, data in documents.items():
            Path(folder, f"{name}.docx").write_bytes(data)
        subprocess.run(  # noqa: S603 - a fixed command on files this script wrote
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{folder}/profile",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                *[str(Path(folder, f"{name}.docx")) for name in documents],
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return {name: Path(folder, f"{name}.pdf").read_bytes() for name in documents}


def main() -> None:
    narrative = long_plan("plus_bullets", 15, 8)
    table = long_plan("table", 12, 8)
    print("Plan import speed (median of 5, after one warm-up; pdf* = the DOCX printed by LibreOffice)")
    for label, plan in (("narrative, 120 tasks", narrative), ("task table, 96 rows", table)):
        docx = render.to_docx(plan)
        pdf = render.to_pdf(plan)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        printed = print_with_libreoffice({"plan": docx})
        versions = [("docx", docx), ("pdf", pdf)] + ([("pdf*", printed["plan"])] if printed else [])
        for fmt, data in versions:
            if fmt == "pdf*":
                pages = len(PdfReader(io.BytesIO(data)).pages)
            seconds, tasks = timed(data, f"plan.{fmt.rstrip('*')}")
            print(
                f"  {label:22} {fmt:4} {pages:3} pages {len(data) / 1024:7.0f} KB  {tasks:4} tasks  {seconds:6.3f} s"
            )
    print("Quality over the 8 hand-written plans (43 tasks)")
    printed = print_with_libreoffice({plan.slug: render.to_docx(plan) for plan in PLANS})
    for fmt, files in (("docx", None), ("pdf", None), ("txt", None), ("pdf (LibreOffice)", printed)):
        if fmt.startswith("pdf (") and files is None:
            print("  pdf (LibreOffice): skipped, soffice not installed")
            continue
        result = score(fmt.split()[0], files=files)
        print(
            f"  {fmt:4}  tasks found {result.found}/{result.expected} ({result.recall:.0%}), fields right "
            f"(lead, coordinating, deadline, on_request, timeframe) {result.fields_right}/{result.fields} "
            f"({result.accuracy:.1%})"
        )


if __name__ == "__main__":
    main()

"""Held-out quality of the plan extractor, set 2: six more plans written without reading its code.

The plans and their hand-typed expected tasks are in pbgdpl/plans/importer/tests/heldout2.py (Sở TN&MT
Quảng Ngãi with "- Cơ quan chủ trì:" lines, Bộ CHQS Hà Giang with a task table, UBND xã Tả Van with
"1.1." items and "Chủ trì: …; Phối hợp: …", LĐLĐ Bình Dương with a)/b) and "* Đơn vị thực hiện:",
Sở Tư pháp Cà Mau with "Giao X chủ trì, phối hợp với Y …", Trường CĐ Y tế Đồng Nai with a task table
with group rows). Each is read as DOCX, as PDF (fpdf2) and, when LibreOffice is installed, as the DOCX printed to PDF by
LibreOffice (``pdf-lo``; ``--no-lo`` skips it). Prints per-plan and total figures; ``-v`` lists the misses.

    .venv/bin/python benchmarks/plan_import_heldout2.py [-v] [--no-lo]
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")

import django  # noqa: E402

django.setup()

from pbgdpl.plans.importer.tests.heldout2 import (  # noqa: E402
    FORMATS,
    PLANS,
    line,
    print_with_libreoffice,
    score,
    total,
)


def main() -> None:
    verbose = "-v" in sys.argv
    started = time.perf_counter()
    scores = []
    for plan in PLANS:
        for fmt in FORMATS:
            s = score(plan, fmt)
            scores.append(s)
            print(line(s))
            if s.error:
                print(f"    error: {s.error}")
            if verbose:
                for miss in s.misses:
                    print(f"    {miss}")
    formats = list(FORMATS)
    if "--no-lo" not in sys.argv:
        printed = print_with_libreoffice(PLANS)
        if printed:
            formats.append("pdf-lo")
        for plan in PLANS if printed else []:
            s = score(plan, "pdf-lo", printed[plan.slug])
            scores.append(s)
            print(line(s))
            if s.error:
                print(f"    error: {s.error}")
            if verbose:
                for miss in s.misses:
                    print(f"    {miss}")
    print()
    for fmt in formats:
        print(line(total([s for s in scores if s.fmt == fmt], fmt)))
    print(line(total([s for s in scores if s.fmt in FORMATS], "docx+pdf (the test)")))
    print(line(total(scores, "all")))
    print(f"{time.perf_counter() - started:.1f} s for {len(scores)} files")


if __name__ == "__main__":
    main()

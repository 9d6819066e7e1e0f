"""Held-out quality of the plan extractor: six plans written without reading its code.

The plans and their expected tasks are in pbgdpl/plans/importer/tests/heldout.py (Sở Y tế, Công an
tỉnh with a task table, UBND phường with assignments in prose, Sở GD&ĐT with "+" bullets, Ban Dân
tộc with label lines, Hội Nông dân with "- Thực hiện: X chủ trì, phối hợp …"). Each is read as DOCX
(python-docx), as PDF (fpdf2) and, when LibreOffice is installed, as the DOCX printed to PDF by
LibreOffice. Prints per plan and format: expected tasks found (title prefix), and among found tasks
how many have the right lead units, coordinating units (sets, compared with core.text.key),
deadline and on_request; "extra" counts extracted tasks matched to no expected task (headings,
group tasks and spurious ones alike). Then every miss and wrong field.

    .venv/bin/python benchmarks/plan_import_heldout.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")

import django  # noqa: E402

django.setup()

from plan_import import print_with_libreoffice  # noqa: E402

from pbgdpl.plans.importer.tests import heldout  # noqa: E402


def main() -> None:
    scores = heldout.run_all()
    printed = print_with_libreoffice({plan.slug: heldout.docx_bytes(plan) for plan in heldout.PLANS})
    if printed is None:
        print("pdf-lo (LibreOffice): skipped, soffice not installed")
    else:
        scores += [heldout.score_file(p, "pdf-lo", printed[p.slug], "pdf") for p in heldout.PLANS]
    print("\n".join(heldout.summary_lines(scores)))
    found, fully_right = heldout.totals([s for s in scores if s.fmt in heldout.FORMATS])
    met = "met" if found >= 0.95 and fully_right >= 0.95 else "NOT met"
    print(
        f"Issue 4 target on DOCX + fpdf2 PDF (>= 95% found, >= 95% of found fully right): "
        f"found {found:.1%}, fully right {fully_right:.1%}: {met}"
    )


if __name__ == "__main__":
    main()

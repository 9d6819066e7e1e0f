"""Evaluation set 4: six plans (DOCX and PDF) written without reading the extractor, answers by hand.

Issue 4's target: at least 95% of tasks found, and at least 95% with the right lead units,
coordinating units and deadline. Scored by ``heldout_scoring`` (as sets 3, 5, 6 and 7).
The set was held out for one measurement (100% found, 84.8% fully right: actions kept in a
coordinating unit's name, "Phòng Điều dưỡng, các khoa lâm sàng" as one unit, "Phòng Pháp chế và
Thanh tra" split, "Hằng tháng; cao điểm tháng 11" read as 30/11); the rules made since then from
those misses (see benchmarks/README.md) mean it now guards against regressions and is no longer held
out, so it is no longer xfail. Set 5 is the next measurement of unseen plans. Run with ``-s`` to see
per-plan figures.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout4 import PLANS
from pbgdpl.plans.importer.tests.heldout_scoring import check_set


def test_heldout_set_4_finds_95_percent_of_tasks_with_right_units_and_deadline() -> None:
    check_set(PLANS)

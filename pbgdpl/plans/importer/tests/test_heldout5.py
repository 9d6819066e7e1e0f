"""Evaluation set 5: six plans (DOCX and PDF) against answers written by hand; no longer held out.

Same target and scoring as sets 3 and 4 (``heldout_scoring``); run with ``-s`` to see
per-plan figures. A plan the importer refuses ("no tasks found", …) counts as none of its tasks
found, so one refused file lowers the figure instead of stopping the measurement. First measured
unseen at 64.6% fully right (two whole layouts lost); its misses were then fixed as general rules
(task-table columns in any order and wording, dash items carrying their own assignment, "Title: X chủ
trì …" blocks), so this set now guards against regressions and no longer measures generalisation
(see benchmarks/README.md).
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout5 import PLANS
from pbgdpl.plans.importer.tests.heldout_scoring import check_set


def test_heldout_set_5_finds_95_percent_of_tasks_with_right_units_and_deadline() -> None:
    check_set(PLANS)

"""Evaluation set 18: plans (DOCX and PDF) against answers written by hand.

Same target and scoring as sets 5-7 (``heldout_scoring``). Written by an author who never read the
extractor; measured once unseen at commit 412fa31 (benchmarks/README.md, "Held-out plans (sets 16-18)"),
then the rules were fixed on its misses, so it is a regression test, not a measure of generalisation.
Run with ``-s`` to see per-plan figures.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout18 import PLANS
from pbgdpl.plans.importer.tests.heldout_scoring import check_set


def test_heldout_set_18_finds_95_percent_of_tasks_with_right_units_and_deadline() -> None:
    check_set(PLANS)

"""Evaluation set 19: plans (DOCX and PDF) against answers written by hand.

Same scoring as sets 5-18 (``heldout_scoring``). Written by an author who never read the extractor and
measured once unseen at the end of session 3, at commit db6d10c (benchmarks/README.md, "Held-out plans
(sets 19-21)"). Its misses are not fixed yet, so the test asserts the figure measured (85% found and
fully right, below issue 4's 95%) as a floor against regressions; raise it to 0.95 once they are fixed.
Run with ``-s`` to see per-plan figures and the misses.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout19 import PLANS
from pbgdpl.plans.importer.tests.heldout_scoring import check_set


def test_heldout_set_19_keeps_at_least_the_figure_measured_unseen() -> None:
    check_set(PLANS)

"""Evaluation set 52: plans (DOCX and PDF) against answers written by hand.

Same scoring as sets 5-36 (``heldout_scoring``). Written by an author who never read the extractor and
measured once unseen at the start of session 6, at commit 693de00 (benchmarks/README.md, "Held-out plans
(sets 49-54)"). Until its misses are fixed the test asserts the figure reached as a floor against
regressions (issue 4 asks for 0.95, the default). Run with ``-s`` to see per-plan figures and the misses.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout52 import PLANS
from pbgdpl.plans.importer.tests.heldout_scoring import check_set


def test_heldout_set_52_keeps_at_least_the_figure_measured_unseen() -> None:
    check_set(PLANS)

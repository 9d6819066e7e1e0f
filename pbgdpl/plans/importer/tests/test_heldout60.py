"""Evaluation set 60: plans (DOCX and PDF) against answers written by hand.

Same scoring as sets 5-36 (``heldout_scoring``). Written by an author who never read the extractor and
measured once unseen as part of session 6's final measure (F), on the frozen extractor at commit a5943cd (benchmarks/README.md, "Held-out plans
(sets 58-63)"). Until its misses are fixed the test asserts the figure reached as a floor against
regressions (issue 4 asks for 0.95, the default). Run with ``-s`` to see per-plan figures and the misses.
"""

from __future__ import annotations

from pbgdpl.plans.importer.tests.heldout60 import PLANS
from pbgdpl.plans.importer.tests.heldout_scoring import check_set


def test_heldout_set_60_keeps_at_least_the_figure_measured_unseen() -> None:
    check_set(PLANS)

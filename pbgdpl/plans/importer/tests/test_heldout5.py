"""Held-out evaluation set 5: six more unseen plans (DOCX and PDF) against answers written by hand.

Same target and scoring as sets 3 and 4 (``run_set`` from ``test_heldout4``). Marked xfail
(non-strict) so the suite stays green either way; run with ``-s`` to see per-plan figures.
"""

from __future__ import annotations

import pytest

from pbgdpl.plans.importer.tests.heldout5 import PLANS
from pbgdpl.plans.importer.tests.test_heldout4 import run_set


@pytest.mark.xfail(strict=False, raises=AssertionError, reason="held-out evaluation set 5 (unseen plans)")
def test_heldout_set_5_finds_95_percent_of_tasks_with_right_units_and_deadline() -> None:
    run_set(PLANS)

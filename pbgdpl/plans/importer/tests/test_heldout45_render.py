"""Render-only checks of held-out sets 4 and 5: they check the fixtures, not the extractor.

Every plan renders to a non-empty DOCX and PDF, the expected task titles (and unit names) can be
read back out of both with python-docx and pypdf, and each plan has the size the sets promise.
"""

from __future__ import annotations

import re

import pytest

from pbgdpl.core.text import key
from pbgdpl.plans.importer.tests import heldout4, heldout5
from pbgdpl.plans.importer.tests.heldout3 import Plan, to_docx, to_pdf
from pbgdpl.plans.importer.tests.heldout_scoring import docx_text, pdf_text

SETS = {"4": heldout4.PLANS, "5": heldout5.PLANS}
ALL = [(name, plan) for name, plans in SETS.items() for plan in plans]
IDS = [f"set{name}-{plan.name}" for name, plan in ALL]


def _flat(text: str) -> str:
    """The comparison key of a text with all line breaks (wrapped lines, table cells) collapsed."""
    return key(" ".join(text.split()))


def test_sets_have_the_promised_size() -> None:
    for name, plans in SETS.items():
        assert len(plans) >= 6, name
        assert sum(len(p.expected) for p in plans) >= 45, name
        for plan in plans:
            assert 5 <= len(plan.expected) <= 12, plan.name
    names = [plan.name for _, plan in ALL]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("set_name", "plan"), ALL, ids=IDS)
def test_expected_titles_are_distinct_prefixes(set_name: str, plan: Plan) -> None:
    titles = [key(e.title) for e in plan.expected]
    for i, a in enumerate(titles):
        for j, b in enumerate(titles):
            assert i == j or not b.startswith(a), (plan.name, a, b)
    for e in plan.expected:
        assert e.lead, (plan.name, e.title)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.deadline), (plan.name, e.deadline)


@pytest.mark.parametrize(("set_name", "plan"), ALL, ids=IDS)
def test_plan_renders_to_docx_with_titles_and_units_readable(set_name: str, plan: Plan) -> None:
    data = to_docx(plan)
    assert data[:2] == b"PK"
    text = _flat(docx_text(data))
    for e in plan.expected:
        assert key(e.title) in text, (plan.name, e.title)
        for unit in (*e.lead, *e.coord):
            assert key(unit) in text, (plan.name, unit)


@pytest.mark.parametrize(("set_name", "plan"), ALL, ids=IDS)
def test_plan_renders_to_pdf_with_titles_and_units_readable(set_name: str, plan: Plan) -> None:
    data = to_pdf(plan)
    assert data[:5] == b"%PDF-"
    text = _flat(pdf_text(data))
    assert len(text) > 500
    for e in plan.expected:
        assert key(e.title) in text, (plan.name, e.title)
        for unit in (*e.lead, *e.coord):
            assert key(unit) in text, (plan.name, unit)

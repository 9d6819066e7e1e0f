"""Set 7 renders to readable DOCX and PDF and has the promised size (no extractor involved)."""

from __future__ import annotations

import re

import pytest

from pbgdpl.plans.importer.tests.heldout3 import Plan, to_docx, to_pdf
from pbgdpl.plans.importer.tests.heldout7 import PLANS
from pbgdpl.plans.importer.tests.heldout_scoring import docx_text, pdf_text
from pbgdpl.plans.importer.tests.heldout_scoring import flat as _flat


def _docx_text(data: bytes) -> str:
    return _flat(docx_text(data))


def _pdf_text(data: bytes) -> str:
    return _flat(pdf_text(data))


def test_set_7_has_at_least_eight_plans_and_fifty_five_tasks_with_five_to_ten_per_plan() -> None:
    assert len(PLANS) >= 8
    assert sum(len(p.expected) for p in PLANS) >= 55
    for plan in PLANS:
        assert 5 <= len(plan.expected) <= 10, plan.name
    assert len({p.name for p in PLANS}) == len(PLANS)


def test_set_7_expected_answers_are_well_formed() -> None:
    for plan in PLANS:
        titles = [_flat(e.title) for e in plan.expected]
        assert len(set(titles)) == len(titles), plan.name
        for exp in plan.expected:
            assert re.fullmatch(r"2026-(0[1-9]|1[0-2])-([0-2]\d|3[01])", exp.deadline), (plan.name, exp.title)
            assert exp.lead, (plan.name, exp.title)
            assert len({_flat(u) for u in exp.coord}) == len(exp.coord), (plan.name, exp.title)


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_every_set_7_plan_renders_and_reads_back_titles_and_units(plan: Plan) -> None:
    docx_bytes = to_docx(plan)
    pdf_bytes = to_pdf(plan)
    assert docx_bytes[:2] == b"PK"
    assert pdf_bytes[:5] == b"%PDF-"
    docx_text = _docx_text(docx_bytes)
    for exp in plan.expected:
        assert _flat(exp.title) in docx_text, (plan.name, exp.title)
        for unit in (*exp.lead, *exp.coord):
            assert _flat(unit) in docx_text, (plan.name, unit)
    pdf_text = _pdf_text(pdf_bytes)
    for exp in plan.expected:
        # PDF lines wrap, so compare the first few words of each title.
        head = " ".join(_flat(exp.title).split()[:3])
        assert head in pdf_text, (plan.name, exp.title)

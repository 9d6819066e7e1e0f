"""Set 6 renders to readable DOCX and PDF, and its size is what the set promises (no extractor needed)."""

from __future__ import annotations

import re

import pytest

from pbgdpl.plans.importer.tests.heldout3 import Plan, to_docx, to_pdf
from pbgdpl.plans.importer.tests.heldout6 import PLANS
from pbgdpl.plans.importer.tests.heldout_scoring import docx_text, pdf_text
from pbgdpl.plans.importer.tests.heldout_scoring import flat as _flat


def _docx_text(data: bytes) -> str:
    return _flat(docx_text(data))


def _pdf_text(data: bytes) -> str:
    return _flat(pdf_text(data))


def _phrases(plan: Plan) -> list[str]:
    out: list[str] = []
    for exp in plan.expected:
        out += [exp.title, *exp.lead, *exp.coord]
    return out


def test_set_6_has_at_least_eight_plans_and_sixty_tasks_with_five_to_twelve_per_plan() -> None:
    assert len(PLANS) >= 8
    assert sum(len(p.expected) for p in PLANS) >= 60
    for plan in PLANS:
        assert 5 <= len(plan.expected) <= 12, plan.name
    assert len({p.name for p in PLANS}) == len(PLANS)


def test_set_6_expected_deadlines_are_iso_dates_and_every_task_has_a_lead() -> None:
    for plan in PLANS:
        for exp in plan.expected:
            assert re.fullmatch(r"20\d\d-\d\d-\d\d", exp.deadline), (plan.name, exp.title)
            assert exp.lead, (plan.name, exp.title)
            assert len({_flat(u) for u in exp.coord}) == len(exp.coord), (plan.name, exp.title)


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_set_6_plan_renders_to_docx_with_every_title_and_unit_readable(plan: Plan) -> None:
    data = to_docx(plan)
    assert data[:2] == b"PK"
    text = _docx_text(data)
    missing = [ph for ph in _phrases(plan) if _flat(ph) not in text]
    assert not missing, missing


@pytest.mark.parametrize("plan", PLANS, ids=lambda p: p.name)
def test_set_6_plan_renders_to_pdf_with_every_title_and_unit_readable(plan: Plan) -> None:
    data = to_pdf(plan)
    assert data[:5] == b"%PDF-"
    text = _pdf_text(data)
    missing = [ph for ph in _phrases(plan) if _flat(ph) not in text]
    assert not missing, missing

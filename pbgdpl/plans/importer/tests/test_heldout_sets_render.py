"""Sets 8 onwards render to readable DOCX and PDF and have the promised size (no extractor involved)."""

from __future__ import annotations

import datetime as dt

import pytest

from pbgdpl.plans.importer.tests import (
    heldout8,
    heldout9,
    heldout10,
    heldout11,
    heldout12,
    heldout13,
    heldout14,
    heldout15,
    heldout16,
    heldout17,
    heldout18,
    heldout19,
    heldout20,
    heldout21,
    heldout22,
    heldout23,
    heldout24,
    heldout25,
    heldout26,
    heldout27,
    heldout28,
    heldout29,
    heldout30,
    heldout31,
    heldout32,
    heldout33,
    heldout34,
    heldout35,
    heldout36,
    heldout37,
    heldout38,
    heldout39,
    heldout40,
    heldout41,
    heldout42,
    heldout43,
    heldout44,
    heldout45,
    heldout46,
    heldout47,
    heldout48,
    heldout49,
    heldout50,
    heldout51,
    heldout52,
    heldout53,
    heldout54,
    heldout55,
    heldout56,
    heldout57,
    heldout58,
    heldout59,
    heldout60,
    heldout61,
    heldout62,
    heldout63,
    heldout64,
    heldout65,
    heldout66,
)
from pbgdpl.plans.importer.tests.heldout3 import Plan, to_docx, to_pdf
from pbgdpl.plans.importer.tests.heldout_scoring import docx_text, pdf_text
from pbgdpl.plans.importer.tests.heldout_scoring import flat as _flat

SETS = {
    8: heldout8.PLANS,
    9: heldout9.PLANS,
    10: heldout10.PLANS,
    11: heldout11.PLANS,
    12: heldout12.PLANS,
    13: heldout13.PLANS,
    14: heldout14.PLANS,
    15: heldout15.PLANS,
    16: heldout16.PLANS,
    17: heldout17.PLANS,
    18: heldout18.PLANS,
    19: heldout19.PLANS,
    20: heldout20.PLANS,
    21: heldout21.PLANS,
    22: heldout22.PLANS,
    23: heldout23.PLANS,
    24: heldout24.PLANS,
    25: heldout25.PLANS,
    26: heldout26.PLANS,
    27: heldout27.PLANS,
    28: heldout28.PLANS,
    29: heldout29.PLANS,
    30: heldout30.PLANS,
    31: heldout31.PLANS,
    32: heldout32.PLANS,
    33: heldout33.PLANS,
    34: heldout34.PLANS,
    35: heldout35.PLANS,
    36: heldout36.PLANS,
    37: heldout37.PLANS,
    38: heldout38.PLANS,
    39: heldout39.PLANS,
    40: heldout40.PLANS,
    41: heldout41.PLANS,
    42: heldout42.PLANS,
    43: heldout43.PLANS,
    44: heldout44.PLANS,
    45: heldout45.PLANS,
    46: heldout46.PLANS,
    47: heldout47.PLANS,
    48: heldout48.PLANS,
    49: heldout49.PLANS,
    50: heldout50.PLANS,
    51: heldout51.PLANS,
    52: heldout52.PLANS,
    53: heldout53.PLANS,
    54: heldout54.PLANS,
    55: heldout55.PLANS,
    56: heldout56.PLANS,
    57: heldout57.PLANS,
    58: heldout58.PLANS,
    59: heldout59.PLANS,
    60: heldout60.PLANS,
    61: heldout61.PLANS,
    62: heldout62.PLANS,
    63: heldout63.PLANS,
    64: heldout64.PLANS,
    65: heldout65.PLANS,
    66: heldout66.PLANS,
}
ALL = [plan for plans in SETS.values() for plan in plans]


@pytest.mark.parametrize("number", sorted(SETS))
def test_each_set_has_ten_plans_and_sixty_five_tasks_with_five_to_ten_per_plan(number: int) -> None:
    plans = SETS[number]
    assert len(plans) == 10
    assert sum(len(p.expected) for p in plans) >= 65
    for plan in plans:
        assert 5 <= len(plan.expected) <= 10, plan.name
    assert len({p.name for p in plans}) == len(plans)


def test_expected_answers_are_well_formed() -> None:
    for plan in ALL:
        titles = [_flat(e.title) for e in plan.expected]
        assert len(set(titles)) == len(titles), plan.name
        for exp in plan.expected:
            # plans are of 2026 or 2027; set 30 holds multi-year plans (giai đoạn 2026-2030)
            assert 2026 <= dt.date.fromisoformat(exp.deadline).year <= 2030, (plan.name, exp.title)
            assert exp.lead, (plan.name, exp.title)
            assert len({_flat(u) for u in exp.coord}) == len(exp.coord), (plan.name, exp.title)


@pytest.mark.parametrize("plan", ALL, ids=lambda p: p.name)
def test_every_plan_renders_and_reads_back_titles_and_units(plan: Plan) -> None:
    docx_bytes = to_docx(plan)
    pdf_bytes = to_pdf(plan)
    assert docx_bytes[:2] == b"PK"
    assert pdf_bytes[:5] == b"%PDF-"
    text = _flat(docx_text(docx_bytes))
    for exp in plan.expected:
        assert _flat(exp.title) in text, (plan.name, exp.title)
        for unit in (*exp.lead, *exp.coord):
            assert _flat(unit) in text, (plan.name, unit)
    text = _flat(pdf_text(pdf_bytes))
    for exp in plan.expected:
        head = " ".join(_flat(exp.title).split()[:3])
        assert head in text, (plan.name, exp.title)

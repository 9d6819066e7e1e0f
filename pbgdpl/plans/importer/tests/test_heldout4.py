"""Evaluation set 4: six plans (DOCX and PDF) written without reading the extractor, answers by hand.

Issue 4's target: at least 95% of tasks found, and at least 95% with the right lead units,
coordinating units and deadline. Scored exactly as set 3 (its ``_match``/``_score`` are reused).
The set was held out for one measurement (100% found, 84.8% fully right: actions kept in a
coordinating unit's name, "Phòng Điều dưỡng, các khoa lâm sàng" as one unit, "Phòng Pháp chế và
Thanh tra" split, "Hằng tháng; cao điểm tháng 11" read as 30/11); the rules made since then from
those misses (see benchmarks/README.md) mean it now guards against regressions and is no longer held
out, so it is no longer xfail. Set 5 is the next measurement of unseen plans. Run with ``-s`` to see
per-plan figures.
"""

from __future__ import annotations

from typing import Any

from pbgdpl.plans.importer.extractor import extract
from pbgdpl.plans.importer.tests.heldout3 import Plan, to_docx, to_pdf
from pbgdpl.plans.importer.tests.heldout4 import PLANS
from pbgdpl.plans.importer.tests.test_heldout3 import FIELDS, _line, _match, _score


def evaluate(plans: list[Plan], fmt: str) -> tuple[dict[str, int], int, list[str]]:
    totals = dict.fromkeys(FIELDS, 0)
    n = 0
    misses: list[str] = []
    for plan in plans:
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
        result = extract(data, f"{plan.name}.{fmt}")
        tasks: list[dict[str, Any]] = result.get("tasks") or []
        per = dict.fromkeys(FIELDS, 0)
        for exp in plan.expected:
            task = _match(exp, tasks)
            score = _score(exp, task)
            for f in FIELDS:
                per[f] += score[f]
            if not all(score.values()):
                bad = [f for f in FIELDS if not score[f]]
                got = (
                    "not found"
                    if task is None
                    else f"lead={task.get('lead_units')} coord={task.get('coordinating_units')} "
                    f"deadline={task.get('deadline')} on_request={task.get('on_request')}"
                )
                misses.append(f"{fmt} {plan.name} «{exp.title}» wrong {bad}: {got}")
        n += len(plan.expected)
        for f in FIELDS:
            totals[f] += per[f]
        print(
            f"{fmt} {plan.name}: {len(plan.expected)} tasks, "
            + ", ".join(f"{f} {per[f]}" for f in FIELDS)
            + f" (extracted {len(tasks)})"
        )
    return totals, n, misses


def run_set(plans: list[Plan]) -> None:
    combined = dict.fromkeys(FIELDS, 0)
    total = 0
    all_misses: list[str] = []
    for fmt in ("docx", "pdf"):
        totals, n, misses = evaluate(plans, fmt)
        print(_line(fmt.upper(), totals, n))
        for f in FIELDS:
            combined[f] += totals[f]
        total += n
        all_misses += misses
    print(_line("COMBINED", combined, total))
    for miss in all_misses:
        print("MISS", miss)
    assert total > 0
    assert combined["found"] >= 0.95 * total, _line("COMBINED", combined, total)
    assert combined["right"] >= 0.95 * total, _line("COMBINED", combined, total)


def test_heldout_set_4_finds_95_percent_of_tasks_with_right_units_and_deadline() -> None:
    run_set(PLANS)
